"""A Dhrystone-style integer and string benchmark: records, procedures, arrays and string comparisons."""
import sys
import time

IDENT_1, IDENT_2, IDENT_3, IDENT_4, IDENT_5 = range(1, 6)


class Record:
    def __init__(self, ptr_comp=None, discr=0, enum_comp=0, int_comp=0, str_comp=""):
        self.ptr_comp = ptr_comp
        self.discr = discr
        self.enum_comp = enum_comp
        self.int_comp = int_comp
        self.str_comp = str_comp

    def copy(self):
        return Record(self.ptr_comp, self.discr, self.enum_comp, self.int_comp, self.str_comp)


class Program:
    def __init__(self):
        self.int_glob = 0
        self.bool_glob = False
        self.char1_glob = "\0"
        self.char2_glob = "\0"
        self.array1_glob = [0] * 51
        self.array2_glob = [x[:] for x in [self.array1_glob] * 51]
        self.ptr_glb = None
        self.ptr_glb_next = None

    def run(self, loops):
        self.ptr_glb_next = Record()
        self.ptr_glb = Record(self.ptr_glb_next, 0, IDENT_3, 40, "DHRYSTONE PROGRAM, SOME STRING")
        string1_loc = "DHRYSTONE PROGRAM, 1'ST STRING"
        self.array2_glob[8][7] = 10
        for _ in range(loops):
            self.proc5()
            self.proc4()
            int_loc1 = 2
            int_loc2 = 3
            string2_loc = "DHRYSTONE PROGRAM, 2'ND STRING"
            enum_loc = IDENT_2
            self.bool_glob = not self.func2(string1_loc, string2_loc)
            while int_loc1 < int_loc2:
                int_loc3 = 5 * int_loc1 - int_loc2
                int_loc3 = self.proc7(int_loc1, int_loc2)
                int_loc1 = int_loc1 + 1
            self.proc8(self.array1_glob, self.array2_glob, int_loc1, int_loc3)
            self.ptr_glb = self.proc1(self.ptr_glb)
            char_index = "A"
            while char_index <= self.char2_glob:
                if enum_loc == self.func1(char_index, "C"):
                    enum_loc = self.proc6(IDENT_1)
                char_index = chr(ord(char_index) + 1)
            int_loc3 = int_loc2 * int_loc1
            int_loc2 = int_loc3 // int_loc1
            int_loc2 = 7 * (int_loc3 - int_loc2) - int_loc1
            int_loc1 = self.proc2(int_loc1)
        return self.int_glob, self.bool_glob, self.char1_glob, self.char2_glob, int_loc1, int_loc2

    def proc1(self, ptr_par_in):
        ptr_par_in.ptr_comp = next_record = self.ptr_glb.copy()
        ptr_par_in.int_comp = 5
        next_record.int_comp = ptr_par_in.int_comp
        next_record.ptr_comp = ptr_par_in.ptr_comp
        next_record.ptr_comp = self.proc3(next_record.ptr_comp)
        if next_record.discr == IDENT_1:
            next_record.int_comp = 6
            next_record.enum_comp = self.proc6(ptr_par_in.enum_comp)
            next_record.ptr_comp = self.ptr_glb.ptr_comp
            next_record.int_comp = self.proc7(next_record.int_comp, 10)
        else:
            ptr_par_in = next_record.copy()
        next_record.ptr_comp = None
        return ptr_par_in

    def proc2(self, int_par_io):
        int_loc = int_par_io + 10
        while True:
            if self.char1_glob == "A":
                int_loc = int_loc - 1
                int_par_io = int_loc - self.int_glob
                enum_loc = IDENT_1
            if enum_loc == IDENT_1:
                break
        return int_par_io

    def proc3(self, ptr_par_out):
        if self.ptr_glb is not None:
            ptr_par_out = self.ptr_glb.ptr_comp
        else:
            self.int_glob = 100
        self.ptr_glb.int_comp = self.proc7(10, self.int_glob)
        return ptr_par_out

    def proc4(self):
        bool_loc = self.char1_glob == "A"
        self.bool_glob = bool_loc or self.bool_glob
        self.char2_glob = "B"

    def proc5(self):
        self.char1_glob = "A"
        self.bool_glob = False

    def proc6(self, enum_par_in):
        enum_par_out = enum_par_in
        if not self.func3(enum_par_in):
            enum_par_out = IDENT_4
        if enum_par_in == IDENT_1:
            enum_par_out = IDENT_1
        elif enum_par_in == IDENT_2:
            enum_par_out = IDENT_1 if self.int_glob > 100 else IDENT_4
        elif enum_par_in == IDENT_3:
            enum_par_out = IDENT_2
        elif enum_par_in == IDENT_5:
            enum_par_out = IDENT_3
        return enum_par_out

    def proc7(self, int_par_i1, int_par_i2):
        int_loc = int_par_i1 + 2
        return int_par_i2 + int_loc

    def proc8(self, array1_par, array2_par, int_par_i1, int_par_i2):
        int_loc = int_par_i1 + 5
        array1_par[int_loc] = int_par_i2
        array1_par[int_loc + 1] = array1_par[int_loc]
        array1_par[int_loc + 30] = int_loc
        for int_index in range(int_loc, int_loc + 2):
            array2_par[int_loc][int_index] = int_loc
        array2_par[int_loc][int_loc - 1] += 1
        array2_par[int_loc + 20][int_loc] = array1_par[int_loc]
        self.int_glob = 5

    def func1(self, char_par1, char_par2):
        char_loc1 = char_par1
        char_loc2 = char_loc1
        if char_loc2 != char_par2:
            return IDENT_1
        return IDENT_2

    def func2(self, str_par_i1, str_par_i2):
        int_loc = 1
        while int_loc <= 1:
            if self.func1(str_par_i1[int_loc], str_par_i2[int_loc + 1]) == IDENT_1:
                char_loc = "A"
                int_loc = int_loc + 1
        if "W" <= char_loc <= "Z":
            int_loc = 7
        if char_loc == "X":
            return True
        if str_par_i1 > str_par_i2:
            self.int_glob = int_loc + 7
            return True
        return False

    def func3(self, enum_par_in):
        return enum_par_in == IDENT_3


if __name__ == "__main__":
    loops = int(sys.argv[1]) if len(sys.argv) > 1 else 200_000
    rounds = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    for _ in range(rounds):
        start, cpu = time.perf_counter(), time.process_time()
        result = Program().run(loops)
        print(f"ROUND {time.perf_counter() - start:.4f} {time.process_time() - cpu:.4f}")
    print(result)
