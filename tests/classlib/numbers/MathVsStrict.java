// How often does HotSpot's java.lang.Math differ from java.lang.StrictMath? (documents where
// delegating Math.X to StrictMath.X is observable)  usage: java MathVsStrict <count> <seed>
import java.util.SplittableRandom;
import java.util.function.DoubleUnaryOperator;

public class MathVsStrict {
    public static void main(String[] a) {
        long count = Long.parseLong(a[0]);
        String[] names = {"sin", "cos", "tan", "exp", "log", "log10", "pow", "atan", "sqrt", "cbrt", "sinh", "expm1", "log1p"};
        DoubleUnaryOperator[] m = {Math::sin, Math::cos, Math::tan, Math::exp, Math::log, Math::log10, x -> Math.pow(x, 1.7), Math::atan, Math::sqrt, Math::cbrt, Math::sinh, Math::expm1, Math::log1p};
        DoubleUnaryOperator[] s = {StrictMath::sin, StrictMath::cos, StrictMath::tan, StrictMath::exp, StrictMath::log, StrictMath::log10, x -> StrictMath.pow(x, 1.7), StrictMath::atan, StrictMath::sqrt, StrictMath::cbrt, StrictMath::sinh, StrictMath::expm1, StrictMath::log1p};
        SplittableRandom r = new SplittableRandom(Long.parseLong(a[1]));
        for (int f = 0; f < names.length; f++) {
            long diff = 0;
            String ex = "";
            for (long i = 0; i < count; i++) {
                double x = (r.nextDouble()) * Math.pow(2, r.nextInt(40) - 20);
                if (Double.doubleToRawLongBits(m[f].applyAsDouble(x)) != Double.doubleToRawLongBits(s[f].applyAsDouble(x))) {
                    if (diff++ == 0) ex = " e.g. x=" + x + " Math=" + m[f].applyAsDouble(x) + " StrictMath=" + s[f].applyAsDouble(x);
                }
            }
            System.out.println(names[f] + ": " + diff + " / " + count + " differ" + ex);
        }
    }
}
