package org.gillab.model.compile;

import java.util.BitSet;

/**
 * The rewrites of compile.c's optimize_basic_block (3.11) that the code generator leaves to this pass, as
 * CPython's compiler leaves them to its optimizer, so that dis shows 3.11's instructions:
 * <ul>
 * <li>BUILD_TUPLE n; UNPACK_SEQUENCE n with n of 1 to 3 needs no tuple: NOPs, or a NOP and a SWAP n;</li>
 * <li>a run of SWAPs becomes the fewest SWAPs with the same effect on the stack (swaptimize);</li>
 * <li>a SWAP followed by the stores it reorders (STORE_FAST or POP_TOP, on one line) goes away, the stores
 * exchanged instead (apply_static_swaps), unless two of them store the same local;</li>
 * <li>LOAD_CONST None; IS_OP; POP_JUMP_IF_FALSE/TRUE becomes one POP_JUMP_IF_NONE/NOT_NONE.</li>
 * </ul>
 * Each works within a basic block: nothing moves across a jump target, a jump, a return or raise, or a
 * change of exception handler. The NOPs left are removed with the code generator's own.
 */
final class BlockOptimizer {
    /** The instructions being optimized, as {@link CodeBuilder} holds them. */
    interface Code {
        int size();

        int word(int index);

        void setWord(int index, int word);

        int line(int index);

        /** Whether the instruction starts a basic block: a jump target, or another handler than the previous one's. */
        boolean startsBlock(int index);

        boolean isNoneConstant(int constant);

        /** Exchanges two instructions with their positions (they are neither jumps nor jump targets). */
        void exchange(int first, int second);
    }

    /** Marks a stack slot whose place the rewritten SWAPs already settled. */
    private static final int SETTLED = -1;

    private final Code code;
    private final BitSet blockStarts = new BitSet();

    private BlockOptimizer(Code code) {
        this.code = code;
        for (int i = 0; i < code.size(); i++) {
            if (code.startsBlock(i) || i > 0 && endsBlock(op(i - 1))) {
                blockStarts.set(i);
            }
        }
    }

    static void run(Code code) {
        new BlockOptimizer(code).optimize();
    }

    private void optimize() {
        for (int i = 0; i < code.size(); i++) {
            Opcode op = op(i);
            if (op == Opcode.BUILD_TUPLE && inBlock(i + 1) && op(i + 1) == Opcode.UNPACK_SEQUENCE
                    && arg(i + 1) == arg(i) && arg(i) <= 3) {
                int n = arg(i);
                code.setWord(i, CodeObject.pack(Opcode.NOP, 0));
                code.setWord(i + 1, n == 1 ? CodeObject.pack(Opcode.NOP, 0) : CodeObject.pack(Opcode.SWAP, n));
            } else if (op == Opcode.SWAP && arg(i) == 1) {
                code.setWord(i, CodeObject.pack(Opcode.NOP, 0));
            } else if (op == Opcode.SWAP) {
                i = fewestSwaps(i);
                staticSwaps(i);
            } else if (op == Opcode.LOAD_CONST && code.isNoneConstant(arg(i)) && inBlock(i + 2)
                    && op(i + 1) == Opcode.IS_OP && isPopJumpOnTruth(op(i + 2))) {
                // "is None" jumping when true, or "is not None" when false, jumps on None
                boolean jumpIfNone = (op(i + 2) == Opcode.POP_JUMP_IF_TRUE) != (arg(i + 1) == 1);
                code.setWord(i, CodeObject.pack(Opcode.NOP, 0));
                code.setWord(i + 1, CodeObject.pack(Opcode.NOP, 0));
                code.setWord(i + 2, CodeObject.pack(jumpIfNone ? Opcode.POP_JUMP_IF_NONE : Opcode.POP_JUMP_IF_NOT_NONE,
                        arg(i + 2)));
            }
        }
    }

    /**
     * swaptimize: the run of SWAPs and NOPs starting at {@code first} permutes the top of the stack; the
     * permutation's cycles, each rotated through the top slot, give the fewest SWAPs, written from the run's
     * end backwards with NOPs before them. A lone SWAP stays. Returns the run's last instruction.
     */
    private int fewestSwaps(int first) {
        int end = first + 1;
        int depth = arg(first);
        boolean several = false;
        for (; inBlock(end) && (op(end) == Opcode.SWAP || op(end) == Opcode.NOP); end++) {
            if (op(end) == Opcode.SWAP) {
                depth = Math.max(depth, arg(end));
                several = true;
            }
        }
        if (!several) {
            return first;
        }
        int[] slots = new int[depth]; // slots[i]: which original item the run leaves at depth i
        for (int i = 0; i < depth; i++) {
            slots[i] = i;
        }
        for (int i = first; i < end; i++) {
            if (op(i) == Opcode.SWAP) {
                int below = arg(i) - 1;
                int top = slots[0];
                slots[0] = slots[below];
                slots[below] = top;
            }
        }
        int write = end - 1;
        for (int start = 0; start < depth; start++) {
            if (slots[start] == SETTLED || slots[start] == start) {
                continue;
            }
            int at = start;
            while (true) {
                if (at != 0) {
                    code.setWord(write--, CodeObject.pack(Opcode.SWAP, at + 1));
                }
                if (slots[at] == SETTLED) {
                    break;
                }
                int next = slots[at];
                slots[at] = SETTLED;
                at = next;
            }
        }
        for (; write >= first; write--) {
            code.setWord(write, CodeObject.pack(Opcode.NOP, 0));
        }
        return end - 1;
    }

    /**
     * apply_static_swaps: from {@code last} back through the SWAPs before it, each SWAP n whose top item
     * and n-th item the next stores (skipping NOPs) consume is dropped and those two stores exchanged.
     * Stops at the first SWAP it cannot drop, or at an instruction that is no store.
     */
    private void staticSwaps(int last) {
        for (int i = last; i >= 0; i--) {
            Opcode op = op(i);
            if (op != Opcode.SWAP) {
                if (op == Opcode.NOP || isSwappable(op)) {
                    if (blockStarts.get(i)) {
                        return;
                    }
                    continue;
                }
                return;
            }
            int top = nextSwappable(i, -1);
            if (top < 0) {
                return;
            }
            int line = code.line(top);
            int other = top;
            for (int count = arg(i) - 1; count > 0; count--) {
                other = nextSwappable(other, line);
                if (other < 0) {
                    return;
                }
            }
            if (storesSameLocal(top, other)) {
                return;
            }
            code.setWord(i, CodeObject.pack(Opcode.NOP, 0));
            code.exchange(top, other);
            if (blockStarts.get(i)) {
                return;
            }
        }
    }

    /** The next store after {@code after} in its block, NOPs skipped, none past a change of line (unless line < 0). */
    private int nextSwappable(int after, int line) {
        for (int i = after + 1; inBlock(i); i++) {
            if (line >= 0 && code.line(i) != line) {
                return -1; // a line event would see the names bound in another order
            }
            if (op(i) != Opcode.NOP) {
                return isSwappable(op(i)) ? i : -1;
            }
        }
        return -1;
    }

    /** Whether exchanging the stores at first and second could change which value a local ends with. */
    private boolean storesSameLocal(int first, int second) {
        int a = storedLocal(first);
        int b = storedLocal(second);
        if (a < 0 && b < 0) {
            return false;
        }
        if (a == b) {
            return true;
        }
        for (int i = first + 1; i < second; i++) {
            int local = storedLocal(i);
            if (local >= 0 && (local == a || local == b)) {
                return true;
            }
        }
        return false;
    }

    private int storedLocal(int index) {
        return op(index) == Opcode.STORE_FAST ? arg(index) : -1;
    }

    /** Whether index is an instruction of the block the previous one belongs to. */
    private boolean inBlock(int index) {
        return index < code.size() && !blockStarts.get(index);
    }

    private static boolean isSwappable(Opcode op) {
        return op == Opcode.STORE_FAST || op == Opcode.POP_TOP;
    }

    private static boolean isPopJumpOnTruth(Opcode op) {
        return op == Opcode.POP_JUMP_IF_FALSE || op == Opcode.POP_JUMP_IF_TRUE;
    }

    private static boolean endsBlock(Opcode op) {
        return StackDepth.isJump(op) || op == Opcode.RETURN_VALUE || op == Opcode.RAISE_VARARGS || op == Opcode.RERAISE;
    }

    private Opcode op(int index) {
        return Opcode.of(CodeObject.op(code.word(index)));
    }

    private int arg(int index) {
        return CodeObject.arg(code.word(index));
    }
}
