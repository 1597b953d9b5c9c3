# csv.Sniffer: the dialect sniff() guesses (from quoted fields or from how often characters occur
# on each line), has_header()'s vote, and the error when no delimiter stands out.
import csv
import io

samples = [
    'name;score\nalice;90\nbob;85\n',
    'name, age, city\n"Smith, J", 42, "New York"\n"Doe, A", 37, "Boston"\n',
    "'a'|'b'\n'1'|'2'\n",
    'title,"He said ""hi""",end\nrow,"plain",x\n',
    'id\tvalue\n1\t2.5\n2\t3.5\n',
    'a b c\n1 2 3\n',
    'abc,de\nxyz,gh\nuvw,ij\n',
    '"only"\n"quoted"\n',
    'x:y:z\n1:2:3\n4:5:6\n7:8\n',
    '',
]
for sample in samples:
    sniffer = csv.Sniffer()
    try:
        dialect = sniffer.sniff(sample)
    except csv.Error as e:
        print('csv.Error:', e)
        continue
    print(repr(dialect.delimiter), repr(dialect.quotechar), dialect.doublequote, repr(dialect.skipinitialspace),
          sniffer.has_header(sample), list(csv.reader(io.StringIO(sample), dialect))[:2])
print(csv.Sniffer().sniff('a;b,c\n1;2,3\n', delimiters=',').delimiter)
print(csv.Sniffer().sniff('a,b\n1,2\n'))
