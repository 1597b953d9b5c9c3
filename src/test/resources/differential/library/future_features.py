# __future__: importing features is accepted and harmless; the module describes each one as CPython's does.
from __future__ import annotations, print_function, division, generator_stop
import __future__


def area(width: float, height: list[float] | None) -> float:
    return width * height


print(area(2, 3.5), 7 / 2, print_function.getMandatoryRelease(), annotations.getMandatoryRelease())
print(area.__annotations__)
for name in __future__.all_feature_names:
    feature = getattr(__future__, name)
    print(name, feature, feature.getOptionalRelease() < (3, 8), hex(feature.compiler_flag))
print(__future__.__all__ == ["all_feature_names"] + __future__.all_feature_names, __future__.CO_FUTURE_ANNOTATIONS)
