# glibc's strftime flags, which CPython on Linux passes through: %-d drops the padding, %_d pads
# with spaces, %0e with zeros, %^a upper-cases; they leave names and composites unpadded.
import datetime
import time

moments = [datetime.datetime(2024, 3, 5, 7, 8, 9), datetime.datetime(2024, 11, 25, 0, 0, 0),
           datetime.datetime(5, 1, 1, 13, 40, 0)]
formats = ['%-d/%-m/%Y', '%-H:%M %-I%p', '%_d|%_m|%_H', '%0e|%0k|%0l', '%^a %^B %^p', '%-j %_j %0j',
           '%-M %-S %-y %-U %-W %-V %-u %-w', '%-e %-k %-l', '%-a %_b %0A', '%-D %^D', '%-Q', '%-']
for moment in moments:
    for form in formats:
        print(repr(form), repr(moment.strftime(form)), repr(time.strftime(form, moment.timetuple())))
utc = time.gmtime(1700000000)
print(time.strftime('%-z|%_z|%0z|%^Z|%^c', utc))
