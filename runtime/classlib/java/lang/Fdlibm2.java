/*
 * Ember class library: the fdlibm 5.3 algorithms behind StrictMath.cbrt, hypot, pow, expm1, log1p,
 * sinh, cosh and tanh, written from the published algorithm descriptions and coefficients so that
 * results are bit-identical to HotSpot's StrictMath (verified by tests/classlib/numbers/StrictDiff.java).
 * The 32-bit word manipulations of the C originals are done on the raw long bits.
 */
package java.lang;

final class Fdlibm2 {
    private Fdlibm2() { }

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

    private static final double HUGE = 1.0e300;
    private static final double TINY = 1.0e-300;
    private static final double TWO54 = 1.80143985094819840000e+16;
    private static final double TWOM54 = 5.55111512312578270212e-17;

    /** fdlibm scalbn: x * 2^n with a single rounding. */
    static double scalbn(double x, int n) {
        int hx = hi(x);
        int lx = lo(x);
        int k = (hx & 0x7ff00000) >> 20;
        if (k == 0) {                                  // 0 or subnormal
            if ((lx | (hx & 0x7fffffff)) == 0) return x;
            x *= TWO54;
            hx = hi(x);
            k = ((hx & 0x7ff00000) >> 20) - 54;
            if (n < -50000) return TINY * x;
        }
        if (k == 0x7ff) return x + x;
        k = k + n;
        if (k > 0x7fe) return HUGE * Math.copySign(HUGE, x);
        if (k > 0) return withHi(x, (hx & 0x800fffff) | (k << 20));
        if (k <= -54) {
            if (n > 50000) return HUGE * Math.copySign(HUGE, x);
            return TINY * Math.copySign(TINY, x);
        }
        k += 54;
        x = withHi(x, (hx & 0x800fffff) | (k << 20));
        return x * TWOM54;
    }

    // ------------------------------------------------------------------ cbrt (s_cbrt.c)

    private static final int CB_B1 = 715094163;       // (682-0.03306235651)*2**20
    private static final int CB_B2 = 696219795;       // (664-0.03306235651)*2**20
    private static final double CB_C = 5.42857142857142815906e-01;
    private static final double CB_D = -7.05306122448979611050e-01;
    private static final double CB_E = 1.41428571428571436819e+00;
    private static final double CB_F = 1.60714285714285720630e+00;
    private static final double CB_G = 3.57142857142857150787e-01;

    static double cbrt(double x) {
        int hx = hi(x);
        int sign = hx & 0x80000000;
        hx ^= sign;
        if (hx >= 0x7ff00000) return x;                // NaN (payload kept, as HotSpot does), +-inf
        if ((hx | lo(x)) == 0) return x;
        x = withHi(x, hx);                             // |x|
        double t = 0.0, r, s, w;
        if (hx < 0x00100000) {                         // subnormal
            t = make(0x43500000, 0);                   // 2^54
            t *= x;
            t = withHi(t, hi(t) / 3 + CB_B2);
        } else {
            t = make(hx / 3 + CB_B1, 0);
        }
        r = t * t / x;
        s = CB_C + r * t;
        t *= CB_G + CB_F / (s + CB_E + CB_D / s);
        t = make(hi(t) + 1, 0);
        s = t * t;
        r = x / s;
        w = t + t;
        r = (r - t) / (w + r);
        t = t + t * r;
        return withHi(t, hi(t) | sign);
    }

    // ------------------------------------------------------------------ hypot (e_hypot.c)

    static double hypot(double x, double y) {
        double a, b, t1, t2, y1, y2, w;
        int j, k, ha, hb;
        ha = hi(x) & 0x7fffffff;
        hb = hi(y) & 0x7fffffff;
        if (hb > ha) {
            a = y;
            b = x;
            j = ha;
            ha = hb;
            hb = j;
        } else {
            a = x;
            b = y;
        }
        a = withHi(a, ha);
        b = withHi(b, hb);
        if ((ha - hb) > 0x3c00000) return a + b;       // x/y > 2**60
        k = 0;
        if (ha > 0x5f300000) {                         // a > 2**500
            if (ha >= 0x7ff00000) {                    // Inf or NaN
                w = a + b;
                if (((ha & 0xfffff) | lo(a)) == 0) w = a;
                if (((hb ^ 0x7ff00000) | lo(b)) == 0) w = b;
                return w;
            }
            ha -= 0x25800000;
            hb -= 0x25800000;
            k += 600;
            a = withHi(a, ha);
            b = withHi(b, hb);
        }
        if (hb < 0x20b00000) {                         // b < 2**-500
            if (hb <= 0x000fffff) {                    // subnormal b or 0
                if ((hb | lo(b)) == 0) return a;
                t1 = make(0x7fd00000, 0);              // 2^1022
                b *= t1;
                a *= t1;
                k -= 1022;
            } else {
                ha += 0x25800000;
                hb += 0x25800000;
                k -= 600;
                a = withHi(a, ha);
                b = withHi(b, hb);
            }
        }
        w = a - b;
        if (w > b) {
            t1 = make(ha, 0);
            t2 = a - t1;
            w = Math.sqrt(t1 * t1 - (b * (-b) - t2 * (a + t1)));
        } else {
            a = a + a;
            y1 = make(hb, 0);
            y2 = b - y1;
            t1 = make(ha + 0x00100000, 0);
            t2 = a - t1;
            w = Math.sqrt(t1 * y1 - (w * (-w) - (t1 * y2 + t2 * b)));
        }
        if (k != 0) {
            t1 = make(0x3ff00000 + (k << 20), 0);
            return t1 * w;
        }
        return w;
    }

    // ------------------------------------------------------------------ pow (e_pow.c)

    private static final double[] BP = {1.0, 1.5};
    private static final double[] DP_H = {0.0, 5.84962487220764160156e-01};
    private static final double[] DP_L = {0.0, 1.35003920212974897128e-08};
    private static final double TWO53 = 9007199254740992.0;
    private static final double L1 = 5.99999999999994648725e-01;
    private static final double L2 = 4.28571428578550184252e-01;
    private static final double L3 = 3.33333329818377432918e-01;
    private static final double L4 = 2.72728123808534006489e-01;
    private static final double L5 = 2.30660745775561754067e-01;
    private static final double L6 = 2.06975017800338417784e-01;
    private static final double P1 = 1.66666666666666019037e-01;
    private static final double P2 = -2.77777777770155933842e-03;
    private static final double P3 = 6.61375632143793436117e-05;
    private static final double P4 = -1.65339022054652515390e-06;
    private static final double P5 = 4.13813679705723846039e-08;
    private static final double LG2 = 6.93147180559945286227e-01;
    private static final double LG2_H = 6.93147182464599609375e-01;
    private static final double LG2_L = -1.90465429995776804525e-09;
    private static final double OVT = 8.0085662595372944372e-17;
    private static final double CP = 9.61796693925975554329e-01;
    private static final double CP_H = 9.61796700954437255859e-01;
    private static final double CP_L = -7.02846165095275826516e-09;
    private static final double IVLN2 = 1.44269504088896338700e+00;
    private static final double IVLN2_H = 1.44269502162933349609e+00;
    private static final double IVLN2_L = 1.92596299112661746887e-08;

    static double pow(double x, double y) {
        double z, ax, zH, zL, pH, pL;
        double y1, t1, t2, r, s, t, u, v, w;
        int i, j, k, yisint, n;
        int hx, hy, ix, iy;
        int lx, ly;

        hx = hi(x);
        lx = lo(x);
        hy = hi(y);
        ly = lo(y);
        ix = hx & 0x7fffffff;
        iy = hy & 0x7fffffff;

        if ((iy | ly) == 0) return 1.0;                // x**0 = 1
        if (ix > 0x7ff00000 || ((ix == 0x7ff00000) && (lx != 0))
                || iy > 0x7ff00000 || ((iy == 0x7ff00000) && (ly != 0))) {
            return x + y;                              // NaN
        }

        // yisint = 0: y not an integer, 1: odd integer, 2: even integer (only when x < 0)
        yisint = 0;
        if (hx < 0) {
            if (iy >= 0x43400000) {
                yisint = 2;
            } else if (iy >= 0x3ff00000) {
                k = (iy >> 20) - 0x3ff;
                if (k > 20) {
                    j = ly >>> (52 - k);
                    if ((j << (52 - k)) == ly) yisint = 2 - (j & 1);
                } else if (ly == 0) {
                    j = iy >> (20 - k);
                    if ((j << (20 - k)) == iy) yisint = 2 - (j & 1);
                }
            }
        }

        if (ly == 0) {
            if (iy == 0x7ff00000) {                    // y is +-inf
                if (((ix - 0x3ff00000) | lx) == 0) {
                    return y - y;                      // (+-1)**+-inf is NaN
                } else if (ix >= 0x3ff00000) {
                    return (hy >= 0) ? y : 0.0;
                } else {
                    return (hy < 0) ? -y : 0.0;
                }
            }
            if (iy == 0x3ff00000) {                    // y is +-1
                if (hy < 0) return 1.0 / x;
                return x;
            }
            if (hy == 0x40000000) return x * x;        // y is 2
            if (hy == 0x3fe00000) {                    // y is 0.5
                if (hx >= 0) return Math.sqrt(x);
            }
        }

        ax = Math.abs(x);
        if (lx == 0) {
            if (ix == 0x7ff00000 || ix == 0 || ix == 0x3ff00000) {
                z = ax;                                // x is +-0, +-inf, +-1
                if (hy < 0) z = 1.0 / z;
                if (hx < 0) {
                    if (((ix - 0x3ff00000) | yisint) == 0) {
                        z = (z - z) / (z - z);         // (-1)**non-int is NaN
                    } else if (yisint == 1) {
                        z = -z;
                    }
                }
                return z;
            }
        }

        n = (hx >> 31) + 1;
        if ((n | yisint) == 0) return (x - x) / (x - x);   // (x<0)**(non-int)

        s = 1.0;
        if ((n | (yisint - 1)) == 0) s = -1.0;        // (-ve)**(odd int)

        if (iy > 0x41e00000) {                         // |y| > 2**31
            if (iy > 0x43f00000) {                     // |y| > 2**64
                if (ix <= 0x3fefffff) return (hy < 0) ? HUGE * HUGE : TINY * TINY;
                if (ix >= 0x3ff00000) return (hy > 0) ? HUGE * HUGE : TINY * TINY;
            }
            if (ix < 0x3fefffff) return (hy < 0) ? s * HUGE * HUGE : s * TINY * TINY;
            if (ix > 0x3ff00000) return (hy > 0) ? s * HUGE * HUGE : s * TINY * TINY;
            t = ax - 1.0;
            w = (t * t) * (0.5 - t * (0.3333333333333333333333 - t * 0.25));
            u = IVLN2_H * t;
            v = t * IVLN2_L - w * IVLN2;
            t1 = u + v;
            t1 = withLo(t1, 0);
            t2 = v - (t1 - u);
        } else {
            double ss, s2, sH, sL, tH, tL;
            n = 0;
            if (ix < 0x00100000) {
                ax *= TWO53;
                n -= 53;
                ix = hi(ax);
            }
            n += ((ix) >> 20) - 0x3ff;
            j = ix & 0x000fffff;
            ix = j | 0x3ff00000;
            if (j <= 0x3988E) {
                k = 0;
            } else if (j < 0xBB67A) {
                k = 1;
            } else {
                k = 0;
                n += 1;
                ix -= 0x00100000;
            }
            ax = withHi(ax, ix);

            u = ax - BP[k];
            v = 1.0 / (ax + BP[k]);
            ss = u * v;
            sH = ss;
            sH = withLo(sH, 0);
            tH = make(((ix >> 1) | 0x20000000) + 0x00080000 + (k << 18), 0);
            tL = ax - (tH - BP[k]);
            sL = v * ((u - sH * tH) - sH * tL);
            s2 = ss * ss;
            r = s2 * s2 * (L1 + s2 * (L2 + s2 * (L3 + s2 * (L4 + s2 * (L5 + s2 * L6)))));
            r += sL * (sH + ss);
            s2 = sH * sH;
            tH = 3.0 + s2 + r;
            tH = withLo(tH, 0);
            tL = r - ((tH - 3.0) - s2);
            u = sH * tH;
            v = sL * tH + tL * ss;
            pH = u + v;
            pH = withLo(pH, 0);
            pL = v - (pH - u);
            zH = CP_H * pH;
            zL = CP_L * pH + pL * CP + DP_L[k];
            t = (double) n;
            t1 = (((zH + zL) + DP_H[k]) + t);
            t1 = withLo(t1, 0);
            t2 = zL - (((t1 - t) - DP_H[k]) - zH);
        }

        // split y into y1+y2 and compute (y1+y2)*(t1+t2)
        y1 = withLo(y, 0);
        pL = (y - y1) * t1 + y * t2;
        pH = y1 * t1;
        z = pL + pH;
        j = hi(z);
        i = lo(z);
        if (j >= 0x40900000) {                         // z >= 1024
            if (((j - 0x40900000) | i) != 0) return s * HUGE * HUGE;
            if (pL + OVT > z - pH) return s * HUGE * HUGE;
        } else if ((j & 0x7fffffff) >= 0x4090cc00) {   // z <= -1075
            if (((j - 0xc090cc00) | i) != 0) return s * TINY * TINY;
            if (pL <= z - pH) return s * TINY * TINY;
        }

        // 2**(pH+pL)
        i = j & 0x7fffffff;
        k = (i >> 20) - 0x3ff;
        n = 0;
        if (i > 0x3fe00000) {                          // |z| > 0.5: n = [z+0.5]
            n = j + (0x00100000 >> (k + 1));
            k = ((n & 0x7fffffff) >> 20) - 0x3ff;
            t = make(n & ~(0x000fffff >> k), 0);
            n = ((n & 0x000fffff) | 0x00100000) >> (20 - k);
            if (j < 0) n = -n;
            pH -= t;
        }
        t = pL + pH;
        t = withLo(t, 0);
        u = t * LG2_H;
        v = (pL - (t - pH)) * LG2 + t * LG2_L;
        z = u + v;
        w = v - (z - u);
        t = z * z;
        t1 = z - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
        r = (z * t1) / (t1 - 2.0) - (w + z * w);
        z = 1.0 - (r - z);
        j = hi(z);
        j += (n << 20);
        if ((j >> 20) <= 0) {
            z = scalbn(z, n);                          // subnormal output
        } else {
            z = withHi(z, hi(z) + (n << 20));
        }
        return s * z;
    }

    // ------------------------------------------------------------------ expm1 (s_expm1.c)

    private static final double O_THRESHOLD = 7.09782712893383973096e+02;
    private static final double LN2_HI = 6.93147180369123816490e-01;
    private static final double LN2_LO = 1.90821492927058770002e-10;
    private static final double INVLN2 = 1.44269504088896338700e+00;
    private static final double Q1 = -3.33333333333331316428e-02;
    private static final double Q2 = 1.58730158725481460165e-03;
    private static final double Q3 = -7.93650757867487942473e-05;
    private static final double Q4 = 4.00821782732936239552e-06;
    private static final double Q5 = -2.01099218183624371326e-07;

    static double expm1(double x) {
        double y, hi, lo, c = 0.0, t, e, hxs, hfx, r1;
        int k, xsb, hx;

        hx = hi(x);
        xsb = hx & 0x80000000;
        y = (xsb == 0) ? x : -x;
        hx &= 0x7fffffff;

        if (hx >= 0x4043687A) {                        // |x| >= 56*ln2
            if (hx >= 0x40862E42) {                    // |x| >= 709.78...
                if (hx >= 0x7ff00000) {
                    if (((hx & 0xfffff) | lo(x)) != 0) return x + x;
                    return (xsb == 0) ? x : -1.0;
                }
                if (x > O_THRESHOLD) return HUGE * HUGE;
            }
            if (xsb != 0) {                            // x < -56*ln2
                if (x + TINY < 0.0) return TINY - 1.0;
            }
        }

        if (hx > 0x3fd62e42) {                         // |x| > 0.5 ln2
            if (hx < 0x3FF0A2B2) {                     // and |x| < 1.5 ln2
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
            c = (hi - x) - lo;
        } else if (hx < 0x3c900000) {                  // |x| < 2**-54
            t = HUGE + x;
            return x - (t - (HUGE + x));
        } else {
            k = 0;
        }

        hfx = 0.5 * x;
        hxs = x * hfx;
        r1 = 1.0 + hxs * (Q1 + hxs * (Q2 + hxs * (Q3 + hxs * (Q4 + hxs * Q5))));
        t = 3.0 - r1 * hfx;
        e = hxs * ((r1 - t) / (6.0 - x * t));
        if (k == 0) return x - (x * e - hxs);
        e = (x * (e - c) - c);
        e -= hxs;
        if (k == -1) return 0.5 * (x - e) - 0.5;
        if (k == 1) {
            if (x < -0.25) return -2.0 * (e - (x + 0.5));
            return 1.0 + 2.0 * (x - e);
        }
        if (k <= -2 || k > 56) {
            y = 1.0 - (e - x);
            y = withHi(y, hi(y) + (k << 20));
            return y - 1.0;
        }
        if (k < 20) {
            t = make(0x3ff00000 - (0x200000 >> k), 0);    // 1-2^-k
            y = t - (e - x);
            y = withHi(y, hi(y) + (k << 20));
        } else {
            t = make((0x3ff - k) << 20, 0);               // 2^-k
            y = x - (e + t);
            y += 1.0;
            y = withHi(y, hi(y) + (k << 20));
        }
        return y;
    }

    // ------------------------------------------------------------------ log1p (s_log1p.c)

    private static final double LP1 = 6.666666666666735130e-01;
    private static final double LP2 = 3.999999999940941908e-01;
    private static final double LP3 = 2.857142874366239149e-01;
    private static final double LP4 = 2.222219843214978396e-01;
    private static final double LP5 = 1.818357216161805012e-01;
    private static final double LP6 = 1.531383769920937332e-01;
    private static final double LP7 = 1.479819860511658591e-01;

    static double log1p(double x) {
        double hfsq, f = 0.0, c = 0.0, s, z, R, u;
        int k, hx, hu = 0, ax;

        hx = hi(x);
        ax = hx & 0x7fffffff;

        k = 1;
        if (hx < 0x3FDA827A) {                         // x < 0.41422
            if (ax >= 0x3ff00000) {                    // x <= -1.0
                if (x == -1.0) return -TWO54 / 0.0;
                return (x - x) / (x - x);
            }
            if (ax < 0x3e200000) {                     // |x| < 2**-29
                if (TWO54 + x > 0.0 && ax < 0x3c900000) return x;
                return x - x * x * 0.5;
            }
            if (hx > 0 || hx <= 0xbfd2bec3) {          // -0.2929 < x < 0.41422
                k = 0;
                f = x;
                hu = 1;
            }
        }
        if (hx >= 0x7ff00000) return x + x;
        if (k != 0) {
            if (hx < 0x43400000) {
                u = 1.0 + x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = (k > 0) ? 1.0 - (u - x) : x - (u - 1.0);
                c /= u;
            } else {
                u = x;
                hu = hi(u);
                k = (hu >> 20) - 1023;
                c = 0;
            }
            hu &= 0x000fffff;
            if (hu < 0x6a09e) {
                u = withHi(u, hu | 0x3ff00000);
            } else {
                k += 1;
                u = withHi(u, hu | 0x3fe00000);
                hu = (0x00100000 - hu) >> 2;
            }
            f = u - 1.0;
        }
        hfsq = 0.5 * f * f;
        if (hu == 0) {                                 // |f| < 2**-20
            if (f == 0.0) {
                if (k == 0) return 0.0;
                c += k * LN2_LO;
                return k * LN2_HI + c;
            }
            R = hfsq * (1.0 - 0.66666666666666666 * f);
            if (k == 0) return f - R;
            return k * LN2_HI - ((R - (k * LN2_LO + c)) - f);
        }
        s = f / (2.0 + f);
        z = s * s;
        R = z * (LP1 + z * (LP2 + z * (LP3 + z * (LP4 + z * (LP5 + z * (LP6 + z * LP7))))));
        if (k == 0) return f - (hfsq - s * (hfsq + R));
        return k * LN2_HI - ((hfsq - (s * (hfsq + R) + (k * LN2_LO + c))) - f);
    }

    // ------------------------------------------------------------------ sinh / cosh / tanh

    private static final double SHUGE = 1.0e307;

    static double sinh(double x) {
        double t, w, h;
        int ix, jx;
        jx = hi(x);
        ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) return x + x;            // Inf or NaN
        h = 0.5;
        if (jx < 0) h = -h;
        if (ix < 0x40360000) {                         // |x| < 22
            if (ix < 0x3e300000) {                     // |x| < 2**-28
                if (SHUGE + x > 1.0) return x;
            }
            t = expm1(Math.abs(x));
            if (ix < 0x3ff00000) return h * (2.0 * t - t * t / (t + 1.0));
            return h * (t + t / (t + 1.0));
        }
        if (ix < 0x40862E42) return h * StrictMath.exp(Math.abs(x));
        int lx = lo(x);
        if (ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            w = StrictMath.exp(0.5 * Math.abs(x));
            t = h * w;
            return t * w;
        }
        return x * SHUGE;                              // overflow
    }

    static double cosh(double x) {
        double t, w;
        int ix = hi(x) & 0x7fffffff;
        if (ix >= 0x7ff00000) return x * x;            // Inf or NaN
        if (ix < 0x3fd62e43) {                         // |x| < 0.5*ln2
            t = expm1(Math.abs(x));
            w = 1.0 + t;
            if (ix < 0x3c800000) return w;             // cosh(tiny) = 1
            return 1.0 + (t * t) / (w + w);
        }
        if (ix < 0x40360000) {                         // |x| < 22
            t = StrictMath.exp(Math.abs(x));
            return 0.5 * t + 0.5 / t;
        }
        if (ix < 0x40862E42) return 0.5 * StrictMath.exp(Math.abs(x));
        int lx = lo(x);
        if (ix < 0x408633CE || (ix == 0x408633ce && Integer.compareUnsigned(lx, 0x8fb9f87d) <= 0)) {
            w = StrictMath.exp(0.5 * Math.abs(x));
            t = 0.5 * w;
            return t * w;
        }
        return HUGE * HUGE;                            // overflow
    }

    static double tanh(double x) {
        double t, z;
        int jx = hi(x);
        int ix = jx & 0x7fffffff;
        if (ix >= 0x7ff00000) {
            if (jx >= 0) return 1.0 / x + 1.0;         // tanh(+inf) = 1, NaN
            return 1.0 / x - 1.0;                      // tanh(-inf) = -1, NaN
        }
        if (ix < 0x40360000) {                         // |x| < 22
            if (ix < 0x3c800000) return x * (1.0 + x); // |x| < 2**-55
            if (ix >= 0x3ff00000) {                    // |x| >= 1
                t = expm1(2.0 * Math.abs(x));
                z = 1.0 - 2.0 / (t + 2.0);
            } else {
                t = expm1(-2.0 * Math.abs(x));
                z = -t / (t + 2.0);
            }
        } else {
            z = 1.0 - TINY;                            // |x| >= 22: +-1
        }
        return (jx >= 0) ? z : -z;
    }
}
