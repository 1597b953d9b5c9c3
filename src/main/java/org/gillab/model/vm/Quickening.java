package org.gillab.model.vm;

import org.gillab.model.object.PyCode;

/**
 * Superinstructions, in the spirit of CPython 3.11's quickening (PEP 659: LOAD_FAST__LOAD_CONST,
 * COMPARE_OP_INT_JUMP, BINARY_OP_SUBTRACT_INT): the first instruction of a common sequence gets a fused
 * opcode that runs the whole sequence in one dispatch when its operands are small ints, and otherwise
 * falls back to the original first instruction. The other slots are left as they were, so a jump into
 * the middle of a sequence still works. None of the fused instructions is a check point, so under the
 * 3.11 profile the places where the GIL can change hands are exactly those of the plain code.
 *
 * <p>Every profile and lock runs them. Under the 3.9 profile and the old GIL, which check at instruction
 * boundaries, a fused sequence is one boundary: it reads and writes only the frame's own locals, so no
 * other thread could see a switch inside it, and like 2.x's eval loop, whose LOAD_FAST, LOAD_CONST and
 * STORE_FAST skip the ticker (fast_next_opcode), the countdown's loop counts 3 ticks, not 9. Without
 * them those versions ran the countdown 3.4x slower than the 3.11 profile, where CPython 3.9 takes 1.2x
 * and 2.7 1.0x the time of 3.11 on this machine.
 */
final class Quickening {
    private Quickening() {}

    /** The code's instructions with superinstructions, made once per code object. */
    static int[] of(PyCode code) {
        int[] q = code.quickened;
        if (q == null) {
            q = quicken(code.instructions);
            code.quickened = q; // a benign race: every thread computes the same array
        }
        return q;
    }

    private static int[] quicken(int[] plain) {
        int[] q = plain.clone();
        for (int i = 0; i + 3 < q.length; i++) {
            int a = plain[i] & 0xFF;
            int b = plain[i + 1] & 0xFF;
            int c = plain[i + 2] & 0xFF;
            int d = plain[i + 3] & 0xFF;
            if (a != Op.LOAD_FAST) {
                continue;
            }
            int fused = -1;
            if (b == Op.LOAD_CONST && c == Op.COMPARE_OP && (d == Op.POP_JUMP_IF_FALSE || d == Op.POP_JUMP_IF_TRUE)) {
                fused = Op.COMPARE_FAST_CONST_JUMP;
            } else if (b == Op.LOAD_CONST && c == Op.BINARY_OP && d == Op.STORE_FAST) {
                fused = Op.BINARY_FAST_CONST_STORE;
            } else if (b == Op.LOAD_FAST && c == Op.BINARY_OP && d == Op.STORE_FAST) {
                fused = Op.BINARY_FAST_FAST_STORE;
            }
            if (fused >= 0) {
                q[i] = (plain[i] & ~0xFF) | fused;
            }
        }
        return q;
    }
}
