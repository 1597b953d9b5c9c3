import optparse, gettext, textwrap
_ = gettext.gettext
parser = optparse.OptionParser(usage="%prog [options] N")
parser.add_option("-w", "--workers", type="int", default=2, help="number of workers")
parser.add_option("-v", action="store_true", dest="verbose")
opts, args = parser.parse_args(["-w", "4", "-v", "10"])
print(opts.workers, opts.verbose, args)
print(_("hello"))
