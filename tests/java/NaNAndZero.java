public class NaNAndZero {
    public static void main(String[] args) {
        double nan = Double.NaN, pz = 0.0, nz = -0.0;
        System.out.println(nan == nan);
        System.out.println(nan != nan);
        System.out.println(nan < 1 || nan > 1 || nan == 1);
        System.out.println(Double.isNaN(0.0 / 0.0));
        System.out.println(pz == nz);
        System.out.println(Double.compare(pz, nz));
        System.out.println(Double.valueOf(pz).equals(nz));
        System.out.println(Double.valueOf(nan).equals(Double.NaN));
        System.out.println(1 / pz + " " + 1 / nz);
        System.out.println(Math.min(pz, nz) + " " + Math.max(pz, nz));
        System.out.println(Math.min(nan, 1.0) + " " + Math.max(1.0, nan));
        System.out.println(Math.abs(nz));
        System.out.println(nz + 0.0);
        System.out.println(nz * -1);
        System.out.println(Double.doubleToLongBits(nz) + " " + Double.doubleToLongBits(pz));
        System.out.println(Long.toHexString(Double.doubleToLongBits(nan)));
        System.out.println(Integer.toHexString(Float.floatToIntBits(Float.NaN)));
        System.out.println(Float.compare(Float.NaN, Float.POSITIVE_INFINITY));
        System.out.println(Double.hashCode(nz) + " " + Double.hashCode(pz));
        System.out.println((int) nan + " " + (long) nan + " " + (int) Float.NaN);
        System.out.println(Math.sqrt(-1) + " " + Math.log(-1) + " " + Math.log(0));
        System.out.println(Double.POSITIVE_INFINITY - Double.POSITIVE_INFINITY);
        System.out.println(Double.POSITIVE_INFINITY * 0);
        double[] arr = {3, nan, -1, nz, pz, Double.NEGATIVE_INFINITY};
        java.util.Arrays.sort(arr);
        System.out.println(java.util.Arrays.toString(arr));
        System.out.println(Math.signum(nz) + " " + Math.signum(-2.0) + " " + Math.copySign(3.0, nz));
    }
}
