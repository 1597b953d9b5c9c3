# complex.__format__ takes float's whole spec but zero padding and '=' (format_complex_internal): each part
# with the sign, 'z', '#', grouping and precision; without a type as str() shows it, then padded as a whole.
values = [1.5 - 2j, -0.0 + 1j, 1j, 0j, complex(-0.0, -0.0), 1234567.891 + 9876543.21j, complex('inf-nanj'),
          -1.5e20 + 2.5e-7j, 1e16 + 1e16j]
specs = ['', '+10.2f', ' g', '#g', ',.2f', '_.1f', 'n', 'e', '>20.3e', '^12', '<+.1f', 'z.1f', '#.0f', '.3', '*^30',
         '-', ' ', '+', 'E', 'F', 'G', '.0', '20', ',', '#', 'z', ',e', '.2n', '=10', '010', '0>10', '%', 'd', 's', 'x']
for value in values:
    cells = []
    for spec in specs:
        try:
            cells.append(format(value, spec))
        except ValueError as e:
            cells.append('ValueError: %s' % e)
    print(repr(value))
    for spec, cell in zip(specs, cells):
        print('  %-8r %r' % (spec, cell))

width, precision = 12, 2
z = 3 - 4j
print(f'{z:>{width}.{precision}f}|{z:<{width}}|{z!r:^{width}}|', '{:.1f}'.format(z), '%s' % z)
print(f'{abs(z)=:.1f} {z.conjugate()=!s:>10}')
for bad in ['.2%', ',d', '_x', '.', '1,_']:
    try:
        format(z, bad)
    except ValueError as e:
        print(repr(bad), 'ValueError:', e)
print(format(2.0, '#'), format(1e16, '#'), format(1.5, 'n'))
try:
    format(1.5, 'r')
except ValueError as e:
    print('ValueError:', e)
