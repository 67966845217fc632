// The policy's thresholds follow the options: -XX:CompileThreshold=100 -XX:InterpreterProfilePercentage=10
// -XX:OnStackReplacePercentage=200: a profile at invocations + backedges 10, a compilation asked for at 100,
// an OSR at 200 back edges (100 * 200 / 100); the loop continues in the OSR compilation from the next OSR poll,
// 64 back edges later (264 counted).
public class CustomThresholds {
    static int f(int i) {
        return i & 7;
    }

    static int loop(int n) {
        int s = 0;
        for (int i = 0; i < n; i++) s += i;
        return s;
    }

    public static void main(String[] args) {
        int s = 0;
        for (int i = 0; i < 50; i++) s += f(i);
        System.out.println(s + loop(300));
    }
}
