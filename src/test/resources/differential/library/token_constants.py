# token's constants have 3.11's numbers: every name in tok_name, the operators' exact types, and the
# three predicates.
import token

print(sorted(token.tok_name.items()))
print(token.EXACT_TOKEN_TYPES)
print(token.__all__)
print(token.N_TOKENS, token.NT_OFFSET, token.OP, token.COMMENT, token.NL, token.ENCODING, token.ERRORTOKEN)
print([(x, token.ISTERMINAL(x), token.ISNONTERMINAL(x), token.ISEOF(x)) for x in (0, 1, 63, 255, 256, 300)])
print(sorted(name for name in dir(token) if not name.startswith("__")))
