import java.util.Random;

/* gateway isolation tests: a Random made before the snapshot and Math.random() must differ in every fork-mode
 * invocation (each child runs the after-restore hooks, which reseed them). */
public class IsoRandom {
    static final Random R = new Random();

    public static String handle(String s) {
        return R.nextLong() + " " + Math.random();
    }
}
