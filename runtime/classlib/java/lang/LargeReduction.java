/*
 * Ember class library: argument reduction x mod pi/2 for |x| > 2^19*pi/2, following fdlibm's
 * e_rem_pio2 large-argument path and __kernel_rem_pio2 (Payne-Hanek with 24-bit chunks of 2/pi, in
 * double arithmetic), so that the reduced argument y[0] + y[1] is bit-identical to fdlibm's.
 * The table holds the first 66*24 fraction bits of 2/pi (computed from pi by Machin's formula).
 */
package java.lang;

final class LargeReduction {
    private LargeReduction() { }

    /** 2/pi in 24-bit chunks: 2/pi = sum TWO_OVER_PI[i] * 2^(-24*(i+1)) */
    private static final int[] TWO_OVER_PI = {
        0xA2F983, 0x6E4E44, 0x1529FC, 0x2757D1, 0xF534DD, 0xC0DB62,
        0x95993C, 0x439041, 0xFE5163, 0xABDEBB, 0xC561B7, 0x246E3A,
        0x424DD2, 0xE00649, 0x2EEA09, 0xD1921C, 0xFE1DEB, 0x1CB129,
        0xA73EE8, 0x8235F5, 0x2EBB44, 0x84E99C, 0x7026B4, 0x5F7E41,
        0x3991D6, 0x398353, 0x39F49C, 0x845F8B, 0xBDF928, 0x3B1FF8,
        0x97FFDE, 0x05980F, 0xEF2F11, 0x8B5A0A, 0x6D1F6D, 0x367ECF,
        0x27CB09, 0xB74F46, 0x3F669E, 0x5FEA2D, 0x7527BA, 0xC7EBE5,
        0xF17B3D, 0x0739F7, 0x8A5292, 0xEA6BFB, 0x5FB11F, 0x8D5D08,
        0x560330, 0x46FC7B, 0x6BABF0, 0xCFBC20, 0x9AF436, 0x1DA9E3,
        0x91615E, 0xE61B08, 0x659985, 0x5F14A0, 0x68408D, 0xFFD880,
        0x4D7327, 0x310606, 0x1556CA, 0x73A8C9, 0x60E27B, 0xC08C6B,
    };

    /** pi/2 in 24-bit chunks (each a double with at most 24 significant bits) */
    private static final double[] PIO2 = {
        Double.longBitsToDouble(0x3FF921FB40000000L), Double.longBitsToDouble(0x3E74442D00000000L),
        Double.longBitsToDouble(0x3CF8469880000000L), Double.longBitsToDouble(0x3B78CC5160000000L),
        Double.longBitsToDouble(0x39F01B8380000000L), Double.longBitsToDouble(0x387A252040000000L),
        Double.longBitsToDouble(0x36E3822280000000L), Double.longBitsToDouble(0x3569F31D00000000L),
    };

    private static final double TWO24 = 1.67772160000000000000e+07;
    private static final double TWON24 = 5.96046447753906250000e-08;

    /** x = n*pi/2 + (y[0] + y[1]) for finite |x| > 2^19*pi/2; returns n (mod 8, with the sign of x). */
    static int reduce(double x, double[] y) {
        long bits = Double.doubleToRawLongBits(x);
        int hx = (int) (bits >>> 32);
        int ix = hx & 0x7fffffff;
        // z = scalbn(|x|, ilogb(x) - 23)
        int e0 = (ix >> 20) - 1046;
        double z = Double.longBitsToDouble(((long) (ix - (e0 << 20)) << 32) | (bits & 0xffffffffL));
        double[] tx = new double[3];
        for (int i = 0; i < 2; i++) {
            tx[i] = (double) ((int) z);
            z = (z - tx[i]) * TWO24;
        }
        tx[2] = z;
        int nx = 3;
        while (tx[nx - 1] == 0.0) nx--;
        int n = kernelRemPio2(tx, y, e0, nx);
        if (hx < 0) {
            y[0] = -y[0];
            y[1] = -y[1];
            return -n;
        }
        return n;
    }

    /** __kernel_rem_pio2 with prec = 2 (53-bit result as y[0] + y[1]). */
    private static int kernelRemPio2(double[] x, double[] y, int e0, int nx) {
        int jz, jx, jv, jp, jk, carry, n, i, j, k, m, q0, ih;
        int[] iq = new int[20];
        double z, fw;
        double[] f = new double[20];
        double[] fq = new double[20];
        double[] q = new double[20];

        jk = 4;
        jp = jk;

        jx = nx - 1;
        jv = (e0 - 3) / 24;
        if (jv < 0) jv = 0;
        q0 = e0 - 24 * (jv + 1);

        j = jv - jx;
        m = jx + jk;
        for (i = 0; i <= m; i++, j++) f[i] = (j < 0) ? 0.0 : (double) TWO_OVER_PI[j];

        for (i = 0; i <= jk; i++) {
            for (j = 0, fw = 0.0; j <= jx; j++) fw += x[j] * f[jx + i - j];
            q[i] = fw;
        }

        jz = jk;
        while (true) {
            // distill q[] into iq[] reversingly
            for (i = 0, j = jz, z = q[jz]; j > 0; i++, j--) {
                fw = (double) ((int) (TWON24 * z));
                iq[i] = (int) (z - TWO24 * fw);
                z = q[j - 1] + fw;
            }

            // compute n
            z = Fdlibm2.scalbn(z, q0);
            z -= 8.0 * StrictMath.floor(z * 0.125);
            n = (int) z;
            z -= (double) n;
            ih = 0;
            if (q0 > 0) {
                i = (iq[jz - 1] >> (24 - q0));
                n += i;
                iq[jz - 1] -= i << (24 - q0);
                ih = iq[jz - 1] >> (23 - q0);
            } else if (q0 == 0) {
                ih = iq[jz - 1] >> 23;
            } else if (z >= 0.5) {
                ih = 2;
            }

            if (ih > 0) {                              // q > 0.5
                n += 1;
                carry = 0;
                for (i = 0; i < jz; i++) {             // compute 1-q
                    j = iq[i];
                    if (carry == 0) {
                        if (j != 0) {
                            carry = 1;
                            iq[i] = 0x1000000 - j;
                        }
                    } else {
                        iq[i] = 0xffffff - j;
                    }
                }
                if (q0 > 0) {
                    switch (q0) {
                        case 1: iq[jz - 1] &= 0x7fffff; break;
                        case 2: iq[jz - 1] &= 0x3fffff; break;
                        default: break;
                    }
                }
                if (ih == 2) {
                    z = 1.0 - z;
                    if (carry != 0) z -= Fdlibm2.scalbn(1.0, q0);
                }
            }

            // check if recomputation is needed
            if (z == 0.0) {
                j = 0;
                for (i = jz - 1; i >= jk; i--) j |= iq[i];
                if (j == 0) {
                    for (k = 1; iq[jk - k] == 0; k++) { }
                    for (i = jz + 1; i <= jz + k; i++) {
                        f[jx + i] = (double) TWO_OVER_PI[jv + i];
                        for (j = 0, fw = 0.0; j <= jx; j++) fw += x[j] * f[jx + i - j];
                        q[i] = fw;
                    }
                    jz += k;
                    continue;
                }
            }
            break;
        }

        // chop off zero terms
        if (z == 0.0) {
            jz -= 1;
            q0 -= 24;
            while (iq[jz] == 0) {
                jz--;
                q0 -= 24;
            }
        } else {                                       // break z into 24-bit if necessary
            z = Fdlibm2.scalbn(z, -q0);
            if (z >= TWO24) {
                fw = (double) ((int) (TWON24 * z));
                iq[jz] = (int) (z - TWO24 * fw);
                jz += 1;
                q0 += 24;
                iq[jz] = (int) fw;
            } else {
                iq[jz] = (int) z;
            }
        }

        // convert integer "bit" chunks to floating-point values
        fw = Fdlibm2.scalbn(1.0, q0);
        for (i = jz; i >= 0; i--) {
            q[i] = fw * (double) iq[i];
            fw *= TWON24;
        }

        // compute PIO2[0..jp] * q[jz..0]
        for (i = jz; i >= 0; i--) {
            for (fw = 0.0, k = 0; k <= jp && k <= jz - i; k++) fw += PIO2[k] * q[i + k];
            fq[jz - i] = fw;
        }

        // compress fq[] into y[]
        fw = 0.0;
        for (i = jz; i >= 0; i--) fw += fq[i];
        y[0] = (ih == 0) ? fw : -fw;
        fw = fq[0] - fw;
        for (i = 1; i <= jz; i++) fw += fq[i];
        y[1] = (ih == 0) ? fw : -fw;
        return n & 7;
    }
}
