/*
 * Ember class library: java.lang.StrictMath.
 * Transcendental functions follow the fdlibm 5.3 algorithms (the reference the Java spec
 * requires), written from the published algorithm descriptions and coefficients, so that
 * results are bit-identical to HotSpot's StrictMath (cbrt, hypot, pow, expm1, log1p, sinh, cosh,
 * tanh in Fdlibm2.java; the large-argument sin/cos/tan reduction in LargeReduction.java).  Verified by
 * tests/classlib/numbers/StrictDiff.java and NumDiff.java; see the README there.
 * sqrt is a VM native (IEEE correctly rounded square root instruction).
 */
package java.lang;

public final class StrictMath {
    private StrictMath() { }

    public static final double E = 2.7182818284590452354;
    public static final double PI = 3.14159265358979323846;
    public static final double TAU = 2.0 * PI;

    // ------------------------------------------------------------------ word access

    private static int hi(double x) {
        return (int) (Double.doubleToRawLongBits(x) >>> 32);
    }

    private static int lo(double x) {
        return (int) Double.doubleToRawLongBits(x);
    }

    private static double make(int hi, int lo) {
        return Double.longBitsToDouble(((long) hi << 32) | (lo & 0xffffffffL));
    }

    private static double withHi(double x, int hi) {
        return make(hi, lo(x));
    }

    private static double withLo(double x, int lo) {
        return make(hi(x), lo);
    }

    // ------------------------------------------------------------------ simple delegations

    public static native double sqrt(double a);

    public static double toRadians(double angdeg) { return Math.toRadians(angdeg); }
    public static double toDegrees(double angrad) { return Math.toDegrees(angrad); }
    public static int round(float a) { return Math.round(a); }
    public static long round(double a) { return Math.round(a); }
    public static double random() { return Math.random(); }
    public static int addExact(int x, int y) { return Math.addExact(x, y); }
    public static long addExact(long x, long y) { return Math.addExact(x, y); }
    public static int subtractExact(int x, int y) { return Math.subtractExact(x, y); }
    public static long subtractExact(long x, long y) { return Math.subtractExact(x, y); }
    public static int multiplyExact(int x, int y) { return Math.multiplyExact(x, y); }
    public static long multiplyExact(long x, int y) { return Math.multiplyExact(x, y); }
    public static long multiplyExact(long x, long y) { return Math.multiplyExact(x, y); }
    public static int incrementExact(int a) { return Math.incrementExact(a); }
    public static long incrementExact(long a) { return Math.incrementExact(a); }
    public static int decrementExact(int a) { return Math.decrementExact(a); }
    public static long decrementExact(long a) { return Math.decrementExact(a); }
    public static int negateExact(int a) { return Math.negateExact(a); }
    public static long negateExact(long a) { return Math.negateExact(a); }
    public static int toIntExact(long value) { return Math.toIntExact(value); }
    public static long multiplyFull(int x, int y) { return Math.multiplyFull(x, y); }
    public static long multiplyHigh(long x, long y) { return Math.multiplyHigh(x, y); }
    public static int floorDiv(int x, int y) { return Math.floorDiv(x, y); }
    public static long floorDiv(long x, int y) { return Math.floorDiv(x, y); }
    public static long floorDiv(long x, long y) { return Math.floorDiv(x, y); }
    public static int floorMod(int x, int y) { return Math.floorMod(x, y); }
    public static int floorMod(long x, int y) { return Math.floorMod(x, y); }
    public static long floorMod(long x, long y) { return Math.floorMod(x, y); }
    public static int abs(int a) { return Math.abs(a); }
    public static int absExact(int a) { return Math.absExact(a); }
    public static long abs(long a) { return Math.abs(a); }
    public static long absExact(long a) { return Math.absExact(a); }
    public static float abs(float a) { return Math.abs(a); }
    public static double abs(double a) { return Math.abs(a); }
    public static int max(int a, int b) { return Math.max(a, b); }
    public static long max(long a, long b) { return Math.max(a, b); }
    public static float max(float a, float b) { return Math.max(a, b); }
    public static double max(double a, double b) { return Math.max(a, b); }
    public static int min(int a, int b) { return Math.min(a, b); }
    public static long min(long a, long b) { return Math.min(a, b); }
    public static float min(float a, float b) { return Math.min(a, b); }
    public static double min(double a, double b) { return Math.min(a, b); }
    public static double fma(double a, double b, double c) { return Math.fma(a, b, c); }
    public static float fma(float a, float b, float c) { return Math.fma(a, b, c); }
    public static double ulp(double d) { return Math.ulp(d); }
    public static float ulp(float f) { return Math.ulp(f); }
    public static double signum(double d) { return Math.signum(d); }
    public static float signum(float f) { return Math.signum(f); }
    public static double copySign(double magnitude, double sign) {
        return Math.copySign(magnitude, (Double.isNaN(sign) ? 1.0d : sign));
    }
    public static float copySign(float magnitude, float sign) {
        return Math.copySign(magnitude, (Float.isNaN(sign) ? 1.0f : sign));
    }
    public static int getExponent(float f) { return Math.getExponent(f); }
    public static int getExponent(double d) { return Math.getExponent(d); }
    public static double nextAfter(double start, double direction) { return Math.nextAfter(start, direction); }
    public static float nextAfter(float start, double direction) { return Math.nextAfter(start, direction); }
    public static double nextUp(double d) { return Math.nextUp(d); }
    public static float nextUp(float f) { return Math.nextUp(f); }
    public static double nextDown(double d) { return Math.nextDown(d); }
    public static float nextDown(float f) { return Math.nextDown(f); }
    public static double scalb(double d, int scaleFactor) { return Math.scalb(d, scaleFactor); }
    public static float scalb(float f, int scaleFactor) { return Math.scalb(f, scaleFactor); }

    // ------------------------------------------------------------------ floor / ceil / rint

    public static double floor(double a) {
        return floorOrCeil(a, -1.0, 0.0, -1.0);
    }

    public static double ceil(double a) {
        return floorOrCeil(a, -0.0, 1.0, 1.0);
    }

    private static double floorOrCeil(double a, double negativeBoundary, double positiveBoundary, double sign) {
        int exponent = Math.getExponent(a);
        if (exponent < 0) {
            // |a| < 1: result is +-0 or the boundary
            return ((a == 0.0) ? a : ((a < 0.0) ? negativeBoundary : positiveBoundary));
        } else if (exponent >= 52) {
            return a;   // integral, NaN or infinite
        }
        long doppel = Double.doubleToRawLongBits(a);
        long mask = 0x000fffffffffffffL >> exponent;
        if ((mask & doppel) == 0L) return a;
        double result = Double.longBitsToDouble(doppel & (~mask));
        if (sign * a > 0.0) result = result + sign;
        return result;
    }

    public static double rint(double a) {
        double twoToThe52 = (double) (1L << 52);
        double sign = Math.copySign(1.0, a);
        a = Math.abs(a);
        if (a < twoToThe52) a = ((twoToThe52 + a) - twoToThe52);
        return sign * a;
    }

    // ------------------------------------------------------------------ exp / log

    private static final double HUGE = 1.0e+300;
    private static final double TWOM1000 = 9.33263618503218878990e-302;
    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double U_THRESHOLD = -7.45133219101941108420e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INVLN2 = 1.44269504088896338700e+00;
    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;

    public static double exp(double x) {
        double y, hi = 0.0, lo = 0.0, c, t;
        int k = 0;
        int hx = hi(x);
        int xsb = (hx >>> 31) & 1;
        hx &= 0x7fffffff;
        if (hx >= 0x40862E42) {                    // |x| >= 709.78
            if (hx >= 0x7ff00000) {
                if (((hx & 0xfffff) | lo(x)) != 0) return x + x;
                return (xsb == 0) ? x : 0.0;
            }
            if (x > O_THRESHOLD) return HUGE * HUGE;
            if (x < U_THRESHOLD) return TWOM1000 * TWOM1000;
        }
        if (hx > 0x3fd62e42) {                     // |x| > 0.5 ln2
            if (hx < 0x3FF0A2B2) {                 // and |x| < 1.5 ln2
                if (xsb == 0) {
                    hi = x - LN2_HI;
                    lo = LN2_LO;
                    k = 1;
                } else {
                    hi = x + LN2_HI;
                    lo = -LN2_LO;
                    k = -1;
                }
            } else {
                k = (int) (INVLN2 * x + ((xsb == 0) ? 0.5 : -0.5));
                t = k;
                hi = x - t * LN2_HI;
                lo = t * LN2_LO;
            }
            x = hi - lo;
        } else if (hx < 0x3e300000) {              // |x| < 2^-28
            if (HUGE + x > 1.0) return 1.0 + x;
        } else {
            k = 0;
        }
        t = x * x;
        c = x - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        if (k == 0) return 1.0 - ((x * c) / (c - 2.0) - x);
        y = 1.0 - ((lo - (x * c) / (2.0 - c)) - hi);
        if (k >= -1021) {
            return withHi(y, hi(y) + (k << 20));
        } else {
            return withHi(y, hi(y) + ((k + 1000) << 20)) * TWOM1000;
        }
    }

    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double LG1 = 6.666666666666735130e-01;
    private static final double LG2 = 3.999999999940941908e-01;
    private static final double LG3 = 2.857142874366239149e-01;
    private static final double LG4 = 2.222219843214978396e-01;
    private static final double LG5 = 1.818357216161805012e-01;
    private static final double LG6 = 1.531383769920937332e-01;
    private static final double LG7 = 1.479819860511658591e-01;

    public static double log(double x) {
        double hfsq, f, s, z, r, w, t1, t2, dk;
        int k, hx, i, j;
        int lx;
        hx = hi(x);
        lx = lo(x);
        k = 0;
        if (hx < 0x00100000) {                     // x < 2^-1022
            if (((hx & 0x7fffffff) | lx) == 0) return -TWO54 / 0.0;
            if (hx < 0) return (x - x) / 0.0;
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        hx &= 0x000fffff;
        i = (hx + 0x95f64) & 0x100000;
        x = withHi(x, hx | (i ^ 0x3ff00000));
        k += (i >> 20);
        f = x - 1.0;
        if ((0x000fffff & (2 + hx)) < 3) {         // |f| < 2^-20
            if (f == 0.0) {
                if (k == 0) return 0.0;
                dk = (double) k;
                return dk * LN2_HI + dk * LN2_LO;
            }
            r = f * f * (0.5 - 0.33333333333333333 * f);
            if (k == 0) return f - r;
            dk = (double) k;
            return dk * LN2_HI - ((r - dk * LN2_LO) - f);
        }
        s = f / (2.0 + f);
        dk = (double) k;
        z = s * s;
        i = hx - 0x6147a;
        w = z * z;
        j = 0x6b851 - hx;
        t1 = w * (LG2 + w * (LG4 + w * LG6));
        t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
        i |= j;
        r = t2 + t1;
        if (i > 0) {
            hfsq = 0.5 * f * f;
            if (k == 0) return f - (hfsq - s * (hfsq + r));
            return dk * LN2_HI - ((hfsq - (s * (hfsq + r) + dk * LN2_LO)) - f);
        } else {
            if (k == 0) return f - s * (f - r);
            return dk * LN2_HI - ((s * (f - r) - dk * LN2_LO) - f);
        }
    }

    private static final double IVLN10 = 4.34294481903251816668e-01;
    private static final double LOG10_2HI = 3.01029995663611771306e-01;
    private static final double LOG10_2LO = 3.69423907715893078616e-13;

    public static double log10(double x) {
        double y, z;
        int i, k, hx;
        int lx;
        hx = hi(x);
        lx = lo(x);
        k = 0;
        if (hx < 0x00100000) {
            if (((hx & 0x7fffffff) | lx) == 0) return -TWO54 / 0.0;
            if (hx < 0) return (x - x) / 0.0;
            k -= 54;
            x *= TWO54;
            hx = hi(x);
        }
        if (hx >= 0x7ff00000) return x + x;
        k += (hx >> 20) - 1023;
        i = (k & 0x80000000) >>> 31;
        hx = (hx & 0x000fffff) | ((0x3ff - i) << 20);
        y = (double) (k + i);
        x = withHi(x, hx);
        z = y * LOG10_2LO + IVLN10 * log(x);
        return z + y * LOG10_2HI;
    }

    // ------------------------------------------------------------------ trigonometric

    private static final double S1 = -1.66666666666666324348e-01;
    private static final double S2 = 8.33333333332248946124e-03;
    private static final double S3 = -1.98412698298579493134e-04;
    private static final double S4 = 2.75573137070700676789e-06;
    private static final double S5 = -2.50507602534068634195e-08;
    private static final double S6 = 1.58969099521155010221e-10;

    private static double kernelSin(double x, double y, int iy) {
        double z, r, v;
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000) {
            if ((int) x == 0) return x;
        }
        z = x * x;
        v = z * x;
        r = S2 + z * (S3 + z * (S4 + z * (S5 + z * S6)));
        if (iy == 0) return x + v * (S1 + z * r);
        return x - ((z * (0.5 * y - v * r) - y) - v * S1);
    }

    private static final double C1 = 4.16666666666666019037e-02;
    private static final double C2 = -1.38888888888741095749e-03;
    private static final double C3 = 2.48015872894767294178e-05;
    private static final double C4 = -2.75573143513906633035e-07;
    private static final double C5 = 2.08757232129817482790e-09;
    private static final double C6 = -1.13596475577881948265e-11;

    private static double kernelCos(double x, double y) {
        double a, hz, z, r, qx;
        int ix = hi(x) & 0x7fffffff;
        if (ix < 0x3e400000) {
            if (((int) x) == 0) return 1.0;
        }
        z = x * x;
        r = z * (C1 + z * (C2 + z * (C3 + z * (C4 + z * (C5 + z * C6)))));
        if (ix < 0x3FD33333) return 1.0 - (0.5 * z - (z * r - x * y));
        if (ix > 0x3fe90000) {
            qx = 0.28125;
        } else {
            qx = make(ix - 0x00200000, 0);
        }
        hz = 0.5 * z - qx;
        a = 1.0 - qx;
        return a - (hz - (z * r - x * y));
    }

    private static final double[] T = {
        3.33333333333334091986e-01, 1.33333333333201242699e-01, 5.39682539762260521377e-02,
        2.18694882948595424599e-02, 8.86323982359930005737e-03, 3.59207910759131235356e-03,
        1.45620945432529025516e-03, 5.88041240820264096874e-04, 2.46463134818469906812e-04,
        7.81794442939557092300e-05, 7.14072491382608190305e-05, -1.85586374855275456654e-05,
        2.59073051863633712884e-05,
    };
    private static final double PIO4 = 7.85398163397448278999e-01;
    private static final double PIO4LO = 3.06161699786838301793e-17;

    private static double kernelTan(double x, double y, int iy) {
        double z, r, v, w, s;
        int hx = hi(x);
        int ix = hx & 0x7fffffff;
        if (ix < 0x3e300000) {
            if ((int) x == 0) {
                if (((ix | lo(x)) | (iy + 1)) == 0) {
                    return 1.0 / Math.abs(x);
                } else if (iy == 1) {
                    return x;
                } else {
                    double a, t;
                    z = w = x + y;
                    z = withLo(z, 0);
                    v = y - (z - x);
                    t = a = -1.0 / w;
                    t = withLo(t, 0);
                    s = 1.0 + t * z;
                    return t + a * (s + t * v);
                }
            }
        }
        if (ix >= 0x3FE59428) {
            if (hx < 0) {
                x = -x;
                y = -y;
            }
            z = PIO4 - x;
            w = PIO4LO - y;
            x = z + w;
            y = 0.0;
        }
        z = x * x;
        w = z * z;
        r = T[1] + w * (T[3] + w * (T[5] + w * (T[7] + w * (T[9] + w * T[11]))));
        v = z * (T[2] + w * (T[4] + w * (T[6] + w * (T[8] + w * (T[10] + w * T[12])))));
        s = z * x;
        r = y + z * (s * (r + v) + y);
        r += T[0] * s;
        w = x + r;
        if (ix >= 0x3FE59428) {
            v = (double) iy;
            return (double) (1 - ((hx >> 30) & 2)) * (v - 2.0 * (x - (w * w / (w + v) - r)));
        }
        if (iy == 1) return w;
        double a, t;
        z = w;
        z = withLo(z, 0);
        v = r - (z - x);
        t = a = -1.0 / w;
        t = withLo(t, 0);
        s = 1.0 + t * z;
        return t + a * (s + t * v);
    }

    private static final int[] NPIO2_HW = {
        0x3FF921FB, 0x400921FB, 0x4012D97C, 0x401921FB, 0x401F6A7A, 0x4022D97C,
        0x4025FDBB, 0x402921FB, 0x402C463A, 0x402F6A7A, 0x4031475C, 0x4032D97C,
        0x40346B9C, 0x4035FDBB, 0x40378FDB, 0x403921FB, 0x403AB41B, 0x403C463A,
        0x403DD85A, 0x403F6A7A, 0x40407E4C, 0x4041475C, 0x4042106C, 0x4042D97C,
        0x4043A28C, 0x40446B9C, 0x404534AC, 0x4045FDBB, 0x4046C6CB, 0x40478FDB,
        0x404858EB, 0x404921FB,
    };
    private static final double INVPIO2 = 6.36619772367581382433e-01;
    private static final double PIO2_1 = 1.57079632673412561417e+00;
    private static final double PIO2_1T = 6.07710050650619224932e-11;
    private static final double PIO2_2 = 6.07710050630396597660e-11;
    private static final double PIO2_2T = 2.02226624879595063154e-21;
    private static final double PIO2_3 = 2.02226624871116645580e-21;
    private static final double PIO2_3T = 8.47842766036889956997e-32;

    /** x = n*pi/2 + (y[0] + y[1]); returns n. */
    private static int remPio2(double x, double[] y) {
        double z, w, t, r, fn;
        int i, j, n, ix, hx;
        hx = hi(x);
        ix = hx & 0x7fffffff;
        if (ix <= 0x3fe921fb) {
            y[0] = x;
            y[1] = 0;
            return 0;
        }
        if (ix < 0x4002d97c) {                     // |x| < 3pi/4
            if (hx > 0) {
                z = x - PIO2_1;
                if (ix != 0x3ff921fb) {
                    y[0] = z - PIO2_1T;
                    y[1] = (z - y[0]) - PIO2_1T;
                } else {
                    z -= PIO2_2;
                    y[0] = z - PIO2_2T;
                    y[1] = (z - y[0]) - PIO2_2T;
                }
                return 1;
            } else {
                z = x + PIO2_1;
                if (ix != 0x3ff921fb) {
                    y[0] = z + PIO2_1T;
                    y[1] = (z - y[0]) + PIO2_1T;
                } else {
                    z += PIO2_2;
                    y[0] = z + PIO2_2T;
                    y[1] = (z - y[0]) + PIO2_2T;
                }
                return -1;
            }
        }
        if (ix <= 0x413921fb) {                    // |x| <= 2^19 pi/2
            t = Math.abs(x);
            n = (int) (t * INVPIO2 + 0.5);
            fn = (double) n;
            r = t - fn * PIO2_1;
            w = fn * PIO2_1T;
            if (n < 32 && ix != NPIO2_HW[n - 1]) {
                y[0] = r - w;
            } else {
                j = ix >> 20;
                y[0] = r - w;
                i = j - ((hi(y[0]) >> 20) & 0x7ff);
                if (i > 16) {
                    t = r;
                    w = fn * PIO2_2;
                    r = t - w;
                    w = fn * PIO2_2T - ((t - r) - w);
                    y[0] = r - w;
                    i = j - ((hi(y[0]) >> 20) & 0x7ff);
                    if (i > 49) {
                        t = r;
                        w = fn * PIO2_3;
                        r = t - w;
                        w = fn * PIO2_3T - ((t - r) - w);
                        y[0] = r - w;
                    }
                }
            }
            y[1] = (r - y[0]) - w;
            if (hx < 0) {
                y[0] = -y[0];
                y[1] = -y[1];
                return -n;
            }
            return n;
        }
        if (ix >= 0x7ff00000) {
            y[0] = y[1] = x - x;
            return 0;
        }
        return LargeReduction.reduce(x, y);
    }

    public static double sin(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelSin(x, 0.0, 0);
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelSin(y[0], y[1], 1);
            case 1: return kernelCos(y[0], y[1]);
            case 2: return -kernelSin(y[0], y[1], 1);
            default: return -kernelCos(y[0], y[1]);
        }
    }

    public static double cos(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelCos(x, 0.0);
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        switch (n & 3) {
            case 0: return kernelCos(y[0], y[1]);
            case 1: return -kernelSin(y[0], y[1], 1);
            case 2: return -kernelCos(y[0], y[1]);
            default: return kernelSin(y[0], y[1], 1);
        }
    }

    public static double tan(double x) {
        int ix = hi(x) & 0x7fffffff;
        if (ix <= 0x3fe921fb) return kernelTan(x, 0.0, 1);
        if (ix >= 0x7ff00000) return x - x;
        double[] y = new double[2];
        int n = remPio2(x, y);
        return kernelTan(y[0], y[1], 1 - ((n & 1) << 1));
    }

    // ------------------------------------------------------------------ inverse trigonometric

    private static final double[] ATANHI = {
        4.63647609000806093515e-01, 7.85398163397448278999e-01,
        9.82793723247329054082e-01, 1.57079632679489655800e+00,
    };
    private static final double[] ATANLO = {
        2.26987774529616870924e-17, 3.06161699786838301793e-17,
        1.39033110312309984516e-17, 6.12323399573676603587e-17,
    };
    private static final double[] AT = {
        3.33333333333329318027e-01, -1.99999999998764832476e-01, 1.42857142725034663711e-01,
        -1.11111104054623557880e-01, 9.09088713343650656196e-02, -7.69187620504482999495e-02,
        6.66107313738753120669e-02, -5.83357013379057348645e-02, 4.97687799461593236017e-02,
        -3.65315727442169155270e-02, 1.62858201153657823623e-02,
    };

    public static double atan(double x) {
        double w, s1, s2, z;
        int ix, hx, id;
        hx = hi(x);
        ix = hx & 0x7fffffff;
        if (ix >= 0x44100000) {                    // |x| >= 2^66
            if (ix > 0x7ff00000 || (ix == 0x7ff00000 && (lo(x) != 0))) return x + x;
            if (hx > 0) return ATANHI[3] + ATANLO[3];
            return -ATANHI[3] - ATANLO[3];
        }
        if (ix < 0x3fdc0000) {                     // |x| < 0.4375
            if (ix < 0x3e200000) {                 // |x| < 2^-29
                if (HUGE + x > 1.0) return x;
            }
            id = -1;
        } else {
            x = Math.abs(x);
            if (ix < 0x3ff30000) {                 // |x| < 1.1875
                if (ix < 0x3fe60000) {             // 7/16 <= |x| < 11/16
                    id = 0;
                    x = (2.0 * x - 1.0) / (2.0 + x);
                } else {                           // 11/16 <= |x| < 19/16
                    id = 1;
                    x = (x - 1.0) / (x + 1.0);
                }
            } else {
                if (ix < 0x40038000) {             // |x| < 2.4375
                    id = 2;
                    x = (x - 1.5) / (1.0 + 1.5 * x);
                } else {                           // 2.4375 <= |x| < 2^66
                    id = 3;
                    x = -1.0 / x;
                }
            }
        }
        z = x * x;
        w = z * z;
        s1 = z * (AT[0] + w * (AT[2] + w * (AT[4] + w * (AT[6] + w * (AT[8] + w * AT[10])))));
        s2 = w * (AT[1] + w * (AT[3] + w * (AT[5] + w * (AT[7] + w * AT[9]))));
        if (id < 0) return x - x * (s1 + s2);
        z = ATANHI[id] - ((x * (s1 + s2) - ATANLO[id]) - x);
        return (hx < 0) ? -z : z;
    }

    private static final double PI_O_4 = 7.8539816339744827900E-01;
    private static final double PI_O_2 = 1.5707963267948965580E+00;
    private static final double PI_LO = 1.2246467991473531772E-16;

    public static double atan2(double y, double x) {
        double z;
        int k, m, hx, hy, ix, iy;
        int lx, ly;
        hx = hi(x);
        ix = hx & 0x7fffffff;
        lx = lo(x);
        hy = hi(y);
        iy = hy & 0x7fffffff;
        ly = lo(y);
        if (((ix | ((lx | -lx) >>> 31)) > 0x7ff00000) || ((iy | ((ly | -ly) >>> 31)) > 0x7ff00000)) {
            return x + y;
        }
        if (((hx - 0x3ff00000) | lx) == 0) return atan(y);      // x = 1.0
        m = ((hy >> 31) & 1) | ((hx >> 30) & 2);
        if ((iy | ly) == 0) {
            switch (m) {
                case 0:
                case 1: return y;
                case 2: return PI + TINY;
                default: return -PI - TINY;
            }
        }
        if ((ix | lx) == 0) return (hy < 0) ? -PI_O_2 - TINY : PI_O_2 + TINY;
        if (ix == 0x7ff00000) {
            if (iy == 0x7ff00000) {
                switch (m) {
                    case 0: return PI_O_4 + TINY;
                    case 1: return -PI_O_4 - TINY;
                    case 2: return 3.0 * PI_O_4 + TINY;
                    default: return -3.0 * PI_O_4 - TINY;
                }
            } else {
                switch (m) {
                    case 0: return 0.0;
                    case 1: return -0.0;
                    case 2: return PI + TINY;
                    default: return -PI - TINY;
                }
            }
        }
        if (iy == 0x7ff00000) return (hy < 0) ? -PI_O_2 - TINY : PI_O_2 + TINY;
        k = (iy - ix) >> 20;
        if (k > 60) {
            z = PI_O_2 + 0.5 * PI_LO;
        } else if (hx < 0 && k < -60) {
            z = 0.0;
        } else {
            z = atan(Math.abs(y / x));
        }
        switch (m) {
            case 0: return z;
            case 1: return -z;
            case 2: return PI - (z - PI_LO);
            default: return (z - PI_LO) - PI;
        }
    }

    private static final double TINY = 1.0e-300;
    private static final double PIO2_HI = 1.57079632679489655800e+00;
    private static final double PIO2_LO = 6.12323399573676603587e-17;
    private static final double PIO4_HI = 7.85398163397448278999e-01;
    private static final double PS0 = 1.66666666666666657415e-01;
    private static final double PS1 = -3.25565818622400915405e-01;
    private static final double PS2 = 2.01212532134862925881e-01;
    private static final double PS3 = -4.00555345006794114027e-02;
    private static final double PS4 = 7.91534994289814532176e-04;
    private static final double PS5 = 3.47933107596021167570e-05;
    private static final double QS1 = -2.40339491173441421878e+00;
    private static final double QS2 = 2.02094576023350569471e+00;
    private static final double QS3 = -6.88283971605453293030e-01;
    private static final double QS4 = 7.70381505559019352791e-02;

    public static double asin(double x) {
        double t = 0, w, p, q, c, r, s;
        int hx, ix;
        hx = hi(x);
        ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) {                    // |x| >= 1
            if (((ix - 0x3ff00000) | lo(x)) == 0) return x * PIO2_HI + x * PIO2_LO;
            return (x - x) / (x - x);
        } else if (ix < 0x3fe00000) {              // |x| < 0.5
            if (ix < 0x3e400000) {
                if (HUGE + x > 1.0) return x;
            }
            t = x * x;
            p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
            q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
            w = p / q;
            return x + x * w;
        }
        w = 1.0 - Math.abs(x);
        t = w * 0.5;
        p = t * (PS0 + t * (PS1 + t * (PS2 + t * (PS3 + t * (PS4 + t * PS5)))));
        q = 1.0 + t * (QS1 + t * (QS2 + t * (QS3 + t * QS4)));
        s = sqrt(t);
        if (ix >= 0x3FEF3333) {                    // |x| > 0.975
            w = p / q;
            t = PIO2_HI - (2.0 * (s + s * w) - PIO2_LO);
        } else {
            w = s;
            w = withLo(w, 0);
            c = (t - w * w) / (s + w);
            r = p / q;
            p = 2.0 * s * r - (PIO2_LO - 2.0 * c);
            q = PIO4_HI - 2.0 * w;
            t = PIO4_HI - (p - q);
        }
        return (hx > 0) ? t : -t;
    }

    public static double acos(double x) {
        double z, p, q, r, w, s, c, df;
        int hx, ix;
        hx = hi(x);
        ix = hx & 0x7fffffff;
        if (ix >= 0x3ff00000) {                    // |x| >= 1
            if (((ix - 0x3ff00000) | lo(x)) == 0) {
                if (hx > 0) return 0.0;
                return PI + 2.0 * PIO2_LO;
            }
            return (x - x) / (x - x);
        }
        if (ix < 0x3fe00000) {                     // |x| < 0.5
            if (ix <= 0x3c600000) return PIO2_HI + PIO2_LO;
            z = x * x;
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            r = p / q;
            return PIO2_HI - (x - (PIO2_LO - x * r));
        } else if (hx < 0) {                       // x < -0.5
            z = (1.0 + x) * 0.5;
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            s = sqrt(z);
            r = p / q;
            w = r * s - PIO2_LO;
            return PI - 2.0 * (s + w);
        } else {                                   // x > 0.5
            z = (1.0 - x) * 0.5;
            s = sqrt(z);
            df = s;
            df = withLo(df, 0);
            c = (z - df * df) / (s + df);
            p = z * (PS0 + z * (PS1 + z * (PS2 + z * (PS3 + z * (PS4 + z * PS5)))));
            q = 1.0 + z * (QS1 + z * (QS2 + z * (QS3 + z * QS4)));
            r = p / q;
            w = r * s + c;
            return 2.0 * (df + w);
        }
    }

    // ------------------------------------------------------------------ remaining functions

    public static double IEEEremainder(double x, double p) {
        return Remainder.ieeeRemainder(x, p);
    }

    // fdlibm ports (bit-identical to HotSpot's StrictMath), see Fdlibm2.java.
    public static double cbrt(double x) { return Fdlibm2.cbrt(x); }
    public static double hypot(double x, double y) { return Fdlibm2.hypot(x, y); }
    public static double pow(double x, double y) { return Fdlibm2.pow(x, y); }
    public static double expm1(double x) { return Fdlibm2.expm1(x); }
    public static double log1p(double x) { return Fdlibm2.log1p(x); }
    public static double sinh(double x) { return Fdlibm2.sinh(x); }
    public static double cosh(double x) { return Fdlibm2.cosh(x); }
    public static double tanh(double x) { return Fdlibm2.tanh(x); }
}
