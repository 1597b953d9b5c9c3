# differential: args -v --num 3 file1 -I a -- -x
# optparse: parse_args() reads sys.argv[1:], and the program's name (for %prog) is sys.argv[0]'s basename.
import optparse

p = optparse.OptionParser(usage='%prog [-v] [--num N] FILE...', version='%prog 0.1')
p.add_option('-v', action='store_true', dest='verbose')
p.add_option('--num', type='int')
p.add_option('-I', action='append', dest='includes')
options, args = p.parse_args()
print(options.verbose, options.num, options.includes, args)
print(p.get_prog_name(), p.get_usage(), end='')
p.print_version()
