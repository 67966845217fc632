// The default policy: CompileThreshold=1500, InterpreterProfilePercentage=33, OnStackReplacePercentage=933.
// A method gets its profile when invocations + backedges reach 495, the policy is asked for a compilation at
// 1500 and for an on-stack replacement at 13995 backedges (1500 * 933 / 100). The OSR compilation is queued
// (background compilation), installed at the next tier event, and the loop moves into it at the next OSR
// poll (JIT_OSR_POLL = 64 back edges later): the interpreter counts 13995 + 64 = 14059 back edges, the
// branch profile stops there too.
//   hot():  2000 calls: profiled from its 495th call (its branch counts cover 1506 calls), asked at 1500.
//   warm(): 400 calls: no profile.
//   loop(): one call, 1000 back edges: profiled at its 494th back edge (1 + 494 = 495).
//   spin(): one call, 20000 back edges: asked to compile at 1 + 1499 and for OSR at back edge 13995, then
//           continued in compiled code from back edge 14059.
public class Thresholds {
    static int hot(int i) {
        return (i & 1) == 0 ? i : -i;
    }

    static int warm(int i) {
        return i > 0 ? 1 : 0;
    }

    static int loop(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += i % 3 == 0 ? 1 : 0;
        return s;
    }

    static long spin(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) s += i;
        return s;
    }

    public static void main(String[] args) {
        long s = 0;
        for (int i = 0; i < 2000; i++) s += hot(i);
        for (int i = 0; i < 400; i++) s += warm(i);
        s += loop(1000);
        s += spin(20000);
        System.out.println(s);
    }
}
