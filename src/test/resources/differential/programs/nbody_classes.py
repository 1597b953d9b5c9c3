# An n-body simulation written with classes and properties (a typical "OOP Python is slow" program).
import math


class Vector:
    __slots__ = ("x", "y", "z")

    def __init__(self, x=0.0, y=0.0, z=0.0):
        self.x, self.y, self.z = x, y, z

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y, self.z + other.z)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y, self.z - other.z)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    __rmul__ = __mul__

    @property
    def norm(self):
        return math.sqrt(self.x * self.x + self.y * self.y + self.z * self.z)

    def __repr__(self):
        return f"Vector({self.x:.6f}, {self.y:.6f}, {self.z:.6f})"


class Body:
    def __init__(self, position, velocity, mass):
        self.position, self.velocity, self.mass = position, velocity, mass


def energy(bodies):
    e = 0.0
    for i, a in enumerate(bodies):
        e += 0.5 * a.mass * a.velocity.norm ** 2
        for b in bodies[i + 1:]:
            e -= a.mass * b.mass / (a.position - b.position).norm
    return e


def step(bodies, dt):
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            d = a.position - b.position
            dist = d.norm
            mag = dt / (dist * dist * dist)
            a.velocity = a.velocity - d * (b.mass * mag)
            b.velocity = b.velocity + d * (a.mass * mag)
    for body in bodies:
        body.position = body.position + dt * body.velocity


bodies = [Body(Vector(0, 0, 0), Vector(0, 0, 0), 39.47841760435743),
          Body(Vector(4.84, -1.16, -0.10), Vector(0.606, 2.81, -0.02), 0.037),
          Body(Vector(8.34, 4.12, -0.40), Vector(-1.01, 1.82, 0.008), 0.011),
          Body(Vector(12.89, -15.11, -0.22), Vector(1.08, 0.868, -0.01), 0.0017)]
print(f"{energy(bodies):.9f}")
for _ in range(2000):
    step(bodies, 0.01)
print(f"{energy(bodies):.9f}")
print(bodies[1].position)
