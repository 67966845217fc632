// Differential tests of shadow.lang {Integer, Long, Short, Byte, Double/Float parsing, Math,
// StrictMath} vs HotSpot.  usage: java NumDiff <count> <seed>
import java.util.SplittableRandom;
import java.util.concurrent.Callable;

public class NumDiff {
    static long n, bad;
    static java.util.Map<String, long[]> stats = new java.util.TreeMap<>();
    static String run(Callable<Object> c) {
        try { Object o = c.call(); return o instanceof Double ? Long.toHexString(Double.doubleToRawLongBits((Double) o)) + "/" + o
                : o instanceof Float ? Integer.toHexString(Float.floatToRawIntBits((Float) o)) + "/" + o : String.valueOf(o); }
        catch (Throwable t) { String m = t.getMessage(); return t.getClass().getName() + ": " + (t instanceof NullPointerException ? "" : m); }
    }
    static void cmp(String what, String arg, Callable<Object> ours, Callable<Object> jdk) {
        n++;
        long[] s = stats.computeIfAbsent(what, k -> new long[2]);
        s[0]++;
        String a = run(ours), b = run(jdk);
        if (!a.equals(b)) { s[1]++; if (bad++ < Integer.getInteger("show", 40)) System.out.println(what + "(" + arg + ") ours=" + a + " jdk=" + b); }
    }
    static final String[] STRS = {null, "", " ", "+", "-", "0", "-0", "+0", "00", "1", "-1", "+1", "123", "-123", "2147483647",
        "2147483648", "-2147483648", "-2147483649", "4294967295", "4294967296", "9223372036854775807", "9223372036854775808",
        "-9223372036854775808", "-9223372036854775809", "18446744073709551615", "18446744073709551616", "99999999999999999999",
        "0x10", "0X10", "#10", "010", "-0x10", "0x-10", "0x", "#", "-#1", "ff", "FF", "7fffffff", "80000000", "ffffffff",
        "zz", "ZZ", "1a", "\u0661\u0662", "\uff11\uff12", "1 ", " 1", "1_000", "1.0", "1e3", "NaN", "Infinity", "-Infinity",
        "1.5e308", "1e309", "4.9e-324", "2.4703282292062328e-324", "2.4703282292062327e-324", "0x1p-1074", "0x1.8p1", "0x.8p1",
        "0x1p", "0x1", ".5", "5.", ".", "e5", "1e", "1e+", "1d", "1f", "1F", "1D", "1fd", " 1.5 ", "\t1.5\n", "+.5e-3", "1e-400",
        "1e2147483648", "-1e-2147483649", "0.0000000000000000000000000000001e31", "NaNd", "Infinityf", "-NaN", "+Infinity",
        "3.4028235e38", "3.4028236e38", "3.40282357e38", "1.4e-45", "7.0e-46", "7.1e-46", "0x1.fffffffffffff8p1023",
        "0x1.fffffffffffff7ffp1023", "0x0.0000000000001p-1022", "0x1.0000000000000800000001p0", "0x1.00000000000008p0",
        "0x1.00000000000018p0", "1234567890123456789012345678901234567890", "1.00000005960464477539062499", "1.000000059604644775390625"};

    public static void main(String[] args) throws Exception {
        long count = Long.parseLong(args[0]);
        SplittableRandom r = new SplittableRandom(Long.parseLong(args[1]));
        int[] radices = {-1, 0, 1, 2, 8, 10, 16, 36, 37};
        for (String s : STRS) {
            for (int rad : radices) {
                String a = s + "," + rad;
                cmp("parseInt", a, () -> shadow.lang.Integer.parseInt(s, rad), () -> Integer.parseInt(s, rad));
                cmp("parseLong", a, () -> shadow.lang.Long.parseLong(s, rad), () -> Long.parseLong(s, rad));
                cmp("parseShort", a, () -> shadow.lang.Short.parseShort(s, rad), () -> Short.parseShort(s, rad));
                cmp("parseByte", a, () -> shadow.lang.Byte.parseByte(s, rad), () -> Byte.parseByte(s, rad));
                cmp("parseUnsignedInt", a, () -> shadow.lang.Integer.parseUnsignedInt(s, rad), () -> Integer.parseUnsignedInt(s, rad));
                cmp("parseUnsignedLong", a, () -> shadow.lang.Long.parseUnsignedLong(s, rad), () -> Long.parseUnsignedLong(s, rad));
                if (s != null) for (int b = 0; b <= s.length(); b++) { int bb = b;
                    cmp("parseInt(CS)", a + "," + b, () -> shadow.lang.Integer.parseInt(s, bb, s.length(), rad), () -> Integer.parseInt(s, bb, s.length(), rad));
                    cmp("parseLong(CS)", a + "," + b, () -> shadow.lang.Long.parseLong(s, bb, s.length(), rad), () -> Long.parseLong(s, bb, s.length(), rad));
                    cmp("parseUnsignedInt(CS)", a + "," + b, () -> shadow.lang.Integer.parseUnsignedInt(s, bb, s.length(), rad), () -> Integer.parseUnsignedInt(s, bb, s.length(), rad));
                    cmp("parseUnsignedLong(CS)", a + "," + b, () -> shadow.lang.Long.parseUnsignedLong(s, bb, s.length(), rad), () -> Long.parseUnsignedLong(s, bb, s.length(), rad));
                }
            }
            cmp("decodeI", s, () -> shadow.lang.Integer.decode(s).intValue(), () -> Integer.decode(s));
            cmp("decodeL", s, () -> shadow.lang.Long.decode(s).longValue(), () -> Long.decode(s));
            cmp("decodeS", s, () -> shadow.lang.Short.decode(s).shortValue(), () -> Short.decode(s));
            cmp("decodeB", s, () -> shadow.lang.Byte.decode(s).byteValue(), () -> Byte.decode(s));
            cmp("parseDouble", s, () -> shadow.lang.Double.parseDouble(s), () -> Double.parseDouble(s));
            cmp("parseFloat", s, () -> shadow.lang.Float.parseFloat(s), () -> Float.parseFloat(s));
            cmp("parseBoolean", s, () -> shadow.lang.Boolean.parseBoolean(s), () -> Boolean.parseBoolean(s));
        }
        for (long it = 0; it < count; it++) {
            final int i = r.nextInt() >> (r.nextInt(4) == 0 ? r.nextInt(32) : 0), j = r.nextInt() >> (r.nextInt(4) == 0 ? r.nextInt(32) : 0);
            final long l = r.nextLong() >> (r.nextInt(4) == 0 ? r.nextInt(64) : 0), m = r.nextLong() >> (r.nextInt(4) == 0 ? r.nextInt(64) : 0);
            int rad = 2 + r.nextInt(35);
            String a = i + "," + j + "," + l + "," + m + "," + rad;
            cmp("Integer.toString", a, () -> shadow.lang.Integer.toString(i) + shadow.lang.Integer.toString(i, rad) + shadow.lang.Integer.toHexString(i) + shadow.lang.Integer.toOctalString(i) + shadow.lang.Integer.toBinaryString(i) + shadow.lang.Integer.toUnsignedString(i) + shadow.lang.Integer.toUnsignedString(i, rad),
                () -> Integer.toString(i) + Integer.toString(i, rad) + Integer.toHexString(i) + Integer.toOctalString(i) + Integer.toBinaryString(i) + Integer.toUnsignedString(i) + Integer.toUnsignedString(i, rad));
            cmp("Long.toString", a, () -> shadow.lang.Long.toString(l) + shadow.lang.Long.toString(l, rad) + shadow.lang.Long.toHexString(l) + shadow.lang.Long.toOctalString(l) + shadow.lang.Long.toBinaryString(l) + shadow.lang.Long.toUnsignedString(l) + shadow.lang.Long.toUnsignedString(l, rad),
                () -> Long.toString(l) + Long.toString(l, rad) + Long.toHexString(l) + Long.toOctalString(l) + Long.toBinaryString(l) + Long.toUnsignedString(l) + Long.toUnsignedString(l, rad));
            String si = Integer.toString(i, rad), sl = Long.toString(l, rad), ui = Integer.toUnsignedString(i, rad), ul = Long.toUnsignedString(l, rad);
            cmp("parse-roundtrip", a, () -> "" + shadow.lang.Integer.parseInt(si, rad) + shadow.lang.Long.parseLong(sl, rad) + shadow.lang.Integer.parseUnsignedInt(ui, rad) + shadow.lang.Long.parseUnsignedLong(ul, rad),
                () -> "" + Integer.parseInt(si, rad) + Long.parseLong(sl, rad) + Integer.parseUnsignedInt(ui, rad) + Long.parseUnsignedLong(ul, rad));
            cmp("int-bits", a, () -> "" + shadow.lang.Integer.bitCount(i) + shadow.lang.Integer.reverse(i) + shadow.lang.Integer.reverseBytes(i) + shadow.lang.Integer.highestOneBit(i) + shadow.lang.Integer.lowestOneBit(i) + shadow.lang.Integer.numberOfLeadingZeros(i) + shadow.lang.Integer.numberOfTrailingZeros(i) + shadow.lang.Integer.rotateLeft(i, j) + shadow.lang.Integer.rotateRight(i, j) + shadow.lang.Integer.signum(i) + shadow.lang.Integer.compareUnsigned(i, j) + shadow.lang.Integer.compare(i, j) + shadow.lang.Short.reverseBytes((short) i) + shadow.lang.Character.reverseBytes((char) i),
                () -> "" + Integer.bitCount(i) + Integer.reverse(i) + Integer.reverseBytes(i) + Integer.highestOneBit(i) + Integer.lowestOneBit(i) + Integer.numberOfLeadingZeros(i) + Integer.numberOfTrailingZeros(i) + Integer.rotateLeft(i, j) + Integer.rotateRight(i, j) + Integer.signum(i) + Integer.compareUnsigned(i, j) + Integer.compare(i, j) + Short.reverseBytes((short) i) + Character.reverseBytes((char) i));
            cmp("long-bits", a, () -> "" + shadow.lang.Long.bitCount(l) + shadow.lang.Long.reverse(l) + shadow.lang.Long.reverseBytes(l) + shadow.lang.Long.highestOneBit(l) + shadow.lang.Long.lowestOneBit(l) + shadow.lang.Long.numberOfLeadingZeros(l) + shadow.lang.Long.numberOfTrailingZeros(l) + shadow.lang.Long.rotateLeft(l, j) + shadow.lang.Long.rotateRight(l, j) + shadow.lang.Long.signum(l) + shadow.lang.Long.compareUnsigned(l, m) + shadow.lang.Long.hashCode(l),
                () -> "" + Long.bitCount(l) + Long.reverse(l) + Long.reverseBytes(l) + Long.highestOneBit(l) + Long.lowestOneBit(l) + Long.numberOfLeadingZeros(l) + Long.numberOfTrailingZeros(l) + Long.rotateLeft(l, j) + Long.rotateRight(l, j) + Long.signum(l) + Long.compareUnsigned(l, m) + Long.hashCode(l));
            cmp("unsigned-div", a, () -> "" + shadow.lang.Integer.divideUnsigned(i, j) + "," + shadow.lang.Integer.remainderUnsigned(i, j) + "," + shadow.lang.Long.divideUnsigned(l, m) + "," + shadow.lang.Long.remainderUnsigned(l, m),
                () -> "" + Integer.divideUnsigned(i, j) + "," + Integer.remainderUnsigned(i, j) + "," + Long.divideUnsigned(l, m) + "," + Long.remainderUnsigned(l, m));
            cmp("exact-int", a, () -> "" + shadow.lang.Math.addExact(i, j), () -> "" + Math.addExact(i, j));
            cmp("exact-int2", a, () -> "" + shadow.lang.Math.multiplyExact(i, j), () -> "" + Math.multiplyExact(i, j));
            cmp("exact-int3", a, () -> "" + shadow.lang.Math.subtractExact(i, j), () -> "" + Math.subtractExact(i, j));
            cmp("exact-long", a, () -> "" + shadow.lang.Math.addExact(l, m), () -> "" + Math.addExact(l, m));
            cmp("exact-long2", a, () -> "" + shadow.lang.Math.multiplyExact(l, m), () -> "" + Math.multiplyExact(l, m));
            cmp("exact-long3", a, () -> "" + shadow.lang.Math.subtractExact(l, m) + shadow.lang.Math.toIntExact(l), () -> "" + Math.subtractExact(l, m) + Math.toIntExact(l));
            cmp("floorDivMod", a, () -> "" + shadow.lang.Math.floorDiv(i, j) + "," + shadow.lang.Math.floorMod(i, j) + "," + shadow.lang.Math.floorDiv(l, m) + "," + shadow.lang.Math.floorMod(l, m) + "," + shadow.lang.Math.floorMod(l, j) + shadow.lang.Math.multiplyHigh(l, m),
                () -> "" + Math.floorDiv(i, j) + "," + Math.floorMod(i, j) + "," + Math.floorDiv(l, m) + "," + Math.floorMod(l, m) + "," + Math.floorMod(l, j) + Math.multiplyHigh(l, m));
            // doubles
            double x = r.nextInt(3) == 0 ? Double.longBitsToDouble(r.nextLong()) : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
            double y = r.nextInt(3) == 0 ? Double.longBitsToDouble(r.nextLong()) : (r.nextDouble() - 0.5) * Math.pow(10, r.nextInt(40) - 20);
            float fx = r.nextBoolean() ? Float.intBitsToFloat(r.nextInt()) : (float) x;
            String xs = Double.toString(x), fs = Float.toString(fx);
            String xa = Long.toHexString(Double.doubleToRawLongBits(x)) + "," + Long.toHexString(Double.doubleToRawLongBits(y));
            String ds = r.nextBoolean() ? xs : randomDecimal(r);
            cmp("parseDouble-rt", ds, () -> shadow.lang.Double.parseDouble(ds), () -> Double.parseDouble(ds));
            cmp("parseFloat-rt", ds, () -> shadow.lang.Float.parseFloat(ds), () -> Float.parseFloat(ds));
            cmp("parseFloat-rt2", fs, () -> shadow.lang.Float.parseFloat(fs), () -> Float.parseFloat(fs));
            String hs = Double.toHexString(x);
            cmp("toHexString", xa, () -> shadow.lang.Double.toHexString(x) + shadow.lang.Float.toHexString(fx), () -> Double.toHexString(x) + Float.toHexString(fx));
            cmp("parseHex", hs, () -> shadow.lang.Double.parseDouble(hs), () -> Double.parseDouble(hs));
            cmp("parseHexF", hs, () -> shadow.lang.Float.parseFloat(hs), () -> Float.parseFloat(hs));
            cmp("dcompare", xa, () -> "" + shadow.lang.Double.compare(x, y) + shadow.lang.Double.hashCode(x) + shadow.lang.Float.compare(fx, (float) y) + shadow.lang.Float.hashCode(fx), () -> "" + Double.compare(x, y) + Double.hashCode(x) + Float.compare(fx, (float) y) + Float.hashCode(fx));
            cmp("floor", xa, () -> shadow.lang.StrictMath.floor(x), () -> StrictMath.floor(x));
            cmp("ceil", xa, () -> shadow.lang.StrictMath.ceil(x), () -> StrictMath.ceil(x));
            cmp("rint", xa, () -> shadow.lang.StrictMath.rint(x), () -> StrictMath.rint(x));
            cmp("round", xa, () -> shadow.lang.Math.round(x) + "," + shadow.lang.Math.round(fx), () -> Math.round(x) + "," + Math.round(fx));
            cmp("minmax", xa, () -> "" + shadow.lang.Math.min(x, y) + shadow.lang.Math.max(x, y) + shadow.lang.Math.min(fx, (float) y) + shadow.lang.Math.max(fx, (float) y) + shadow.lang.Math.abs(x), () -> "" + Math.min(x, y) + Math.max(x, y) + Math.min(fx, (float) y) + Math.max(fx, (float) y) + Math.abs(x));
            cmp("ieee-misc", xa, () -> "" + shadow.lang.Math.ulp(x) + shadow.lang.Math.ulp(fx) + shadow.lang.Math.nextUp(x) + shadow.lang.Math.nextDown(x) + shadow.lang.Math.nextAfter(x, y) + shadow.lang.Math.nextUp(fx) + shadow.lang.Math.nextAfter(fx, y) + shadow.lang.Math.getExponent(x) + shadow.lang.Math.signum(x) + shadow.lang.Math.copySign(x, y) + shadow.lang.StrictMath.copySign(x, y) + shadow.lang.Math.toRadians(x) + shadow.lang.Math.toDegrees(x),
                () -> "" + Math.ulp(x) + Math.ulp(fx) + Math.nextUp(x) + Math.nextDown(x) + Math.nextAfter(x, y) + Math.nextUp(fx) + Math.nextAfter(fx, y) + Math.getExponent(x) + Math.signum(x) + Math.copySign(x, y) + StrictMath.copySign(x, y) + Math.toRadians(x) + Math.toDegrees(x));
            int sc = r.nextInt(4300) - 2150;
            cmp("scalb", xa + "," + sc, () -> shadow.lang.Math.scalb(x, sc) + "," + shadow.lang.Math.scalb(fx, sc / 8), () -> Math.scalb(x, sc) + "," + Math.scalb(fx, sc / 8));
            double z = r.nextBoolean() ? -x * y : Double.longBitsToDouble(r.nextLong());
            cmp("fma", xa, () -> shadow.lang.Math.fma(x, y, z), () -> Math.fma(x, y, z));
            cmp("fmaF", xa, () -> shadow.lang.Math.fma(fx, (float) y, (float) z), () -> Math.fma(fx, (float) y, (float) z));
            cmp("IEEEremainder", xa, () -> shadow.lang.StrictMath.IEEEremainder(x, y), () -> StrictMath.IEEEremainder(x, y));
            double sx = r.nextInt(4) == 0 ? x : (r.nextDouble() - 0.5) * Math.pow(2, r.nextInt(60) - 30);
            cmp("sin", xa, () -> shadow.lang.StrictMath.sin(sx), () -> StrictMath.sin(sx));
            cmp("cos", xa, () -> shadow.lang.StrictMath.cos(sx), () -> StrictMath.cos(sx));
            cmp("tan", xa, () -> shadow.lang.StrictMath.tan(sx), () -> StrictMath.tan(sx));
            cmp("asin", xa, () -> shadow.lang.StrictMath.asin(sx), () -> StrictMath.asin(sx));
            cmp("acos", xa, () -> shadow.lang.StrictMath.acos(sx), () -> StrictMath.acos(sx));
            cmp("atan", xa, () -> shadow.lang.StrictMath.atan(sx), () -> StrictMath.atan(sx));
            cmp("atan2", xa, () -> shadow.lang.StrictMath.atan2(sx, y), () -> StrictMath.atan2(sx, y));
            cmp("exp", xa, () -> shadow.lang.StrictMath.exp(sx), () -> StrictMath.exp(sx));
            cmp("log", xa, () -> shadow.lang.StrictMath.log(x), () -> StrictMath.log(x));
            cmp("log10", xa, () -> shadow.lang.StrictMath.log10(x), () -> StrictMath.log10(x));
            cmp("pow", xa, () -> shadow.lang.StrictMath.pow(sx, y), () -> StrictMath.pow(sx, y));
            cmp("cbrt", xa, () -> shadow.lang.StrictMath.cbrt(x), () -> StrictMath.cbrt(x));
            cmp("hypot", xa, () -> shadow.lang.StrictMath.hypot(x, y), () -> StrictMath.hypot(x, y));
            cmp("expm1", xa, () -> shadow.lang.StrictMath.expm1(sx), () -> StrictMath.expm1(sx));
            cmp("log1p", xa, () -> shadow.lang.StrictMath.log1p(sx), () -> StrictMath.log1p(sx));
            cmp("sinh", xa, () -> shadow.lang.StrictMath.sinh(sx), () -> StrictMath.sinh(sx));
            cmp("cosh", xa, () -> shadow.lang.StrictMath.cosh(sx), () -> StrictMath.cosh(sx));
            cmp("tanh", xa, () -> shadow.lang.StrictMath.tanh(sx), () -> StrictMath.tanh(sx));
        }
        System.out.println("per function: compared / mismatches");
        for (var e : stats.entrySet()) System.out.println("  " + e.getKey() + " " + e.getValue()[0] + " / " + e.getValue()[1]);
        System.out.println("NumDiff: compared " + n + ", mismatches " + bad);
    }

    static String randomDecimal(SplittableRandom r) {
        StringBuilder sb = new StringBuilder();
        if (r.nextBoolean()) sb.append('-');
        int nd = 1 + r.nextInt(r.nextBoolean() ? 20 : 40);
        for (int k = 0; k < nd; k++) sb.append((char) ('0' + r.nextInt(10)));
        if (r.nextBoolean()) sb.insert(sb.length() - r.nextInt(nd), '.');
        sb.append('e').append(r.nextInt(700) - 350);
        return sb.toString();
    }
}
