package org.gillab.model.object;

import java.math.BigInteger;

/** The methods and attributes of int, bool and float (Objects/longobject.c, floatobject.c). */
final class NumberMethods {
    private NumberMethods() {}

    static PyType.Builder add(PyType.Builder b) {
        return b
                .getter("real", (ts, self) -> self instanceof PyBool bool ? PyInt.of(ts, bool.value ? 1 : 0) : ts.newRef(self))
                .getter("imag", (ts, self) -> self instanceof PyFloat ? new PyFloat(ts, 0.0) : PyInt.of(ts, 0))
                .getter("numerator", (ts, self) -> ts.newRef(Numbers.asInt(self)))
                .getter("denominator", (ts, self) -> PyInt.of(ts, 1))
                .method("conjugate", (self, a) -> a.thread().newRef(self))
                .method("bit_length", (self, a) -> PyInt.of(a.thread(), Numbers.asInt(self).toBig().abs().bitLength()))
                .method("bit_count", (self, a) -> PyInt.of(a.thread(), Numbers.asInt(self).toBig().abs().bitCount()))
                .method("is_integer", (self, a) -> PyBool.of(self instanceof PyFloat f
                        ? !Double.isInfinite(f.value) && f.value == Math.rint(f.value) : true))
                .method("as_integer_ratio", NumberMethods::integerRatio)
                .method("__index__", (self, a) -> {
                    if (self instanceof PyFloat) {
                        throw PyErrors.typeError("'float' object cannot be interpreted as an integer");
                    }
                    return a.thread().newRef(Numbers.asInt(self));
                })
                .method("__int__", (self, a) -> self instanceof PyFloat f
                        ? PyInt.of(a.thread(), new java.math.BigDecimal(f.value).toBigInteger())
                        : a.thread().newRef(Numbers.asInt(self)))
                .method("__float__", (self, a) -> new PyFloat(a.thread(), Numbers.asDouble(self)))
                .method("__abs__", (self, a) -> Ops.abs(a.thread(), self))
                .method("__neg__", (self, a) -> Ops.negative(a.thread(), self))
                .method("__pos__", (self, a) -> Ops.positive(a.thread(), self))
                .method("__hash__", (self, a) -> PyInt.of(a.thread(), Hashing.hash(self)))
                .method("__repr__", (self, a) -> new PyStr(a.thread(), self.repr()))
                .method("__format__", (self, a) -> new PyStr(a.thread(), Format.format(self, a.get(0).str())))
                .method("__bool__", (self, a) -> PyBool.of(self.truthy()));
    }

    private static PyObject integerRatio(PyObject self, Args a) {
        ThreadState ts = a.thread();
        if (!(self instanceof PyFloat f)) {
            return PyTuple.of(ts, Numbers.asInt(self), PyInt.constant(1));
        }
        if (Double.isNaN(f.value) || Double.isInfinite(f.value)) {
            throw Double.isNaN(f.value) ? PyErrors.valueError("cannot convert NaN to integer ratio")
                    : PyErrors.overflowError("cannot convert Infinity to integer ratio");
        }
        java.math.BigDecimal exact = new java.math.BigDecimal(f.value);
        BigInteger num = exact.unscaledValue();
        BigInteger den = BigInteger.TEN.pow(Math.max(0, exact.scale()));
        if (exact.scale() < 0) {
            num = num.multiply(BigInteger.TEN.pow(-exact.scale()));
        }
        BigInteger g = num.gcd(den);
        PyObject n = PyInt.of(ts, num.divide(g));
        PyObject d = PyInt.of(ts, den.divide(g));
        return new PyTuple(ts, new PyObject[] {n, d});
    }
}
