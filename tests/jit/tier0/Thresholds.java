// The default policy (CompileThreshold=1500, InterpreterProfilePercentage=33): a method gets its profile when
// invocations + backedges reach 495. hot() is called 1000 times: profiled from its 495th call, so its branch
// counts cover 506 calls. warm() is called 400 times: no profile. loop() runs once with 1000 back edges:
// profiled at its 494th back edge (1 + 494 = 495).
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

    public static void main(String[] args) {
        long s = 0;
        for (int i = 0; i < 1000; i++) s += hot(i);
        for (int i = 0; i < 400; i++) s += warm(i);
        s += loop(1000);
        System.out.println(s);
    }
}
