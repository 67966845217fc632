import java.util.*;
public class NumberCompare {
    public static void main(String[] args) {
        System.out.println(Integer.compare(3, 5) + " " + Long.compare(5, 3) + " " + Double.compare(1.0, 1.0) + " " + Float.compare(-0f, 0f) + " " + Short.compare((short) 1, (short) 9) + " " + Byte.compare((byte) -1, (byte) 1) + " " + Character.compare('z', 'a') + " " + Boolean.compare(true, false));
        Double[] ds = {3.0, Double.NaN, -0.0, 0.0, Double.NEGATIVE_INFINITY, -1.0, Double.POSITIVE_INFINITY};
        Arrays.sort(ds);
        System.out.println(Arrays.toString(ds));
        Float[] fs = {Float.NaN, 1f, -0f, 0f};
        Arrays.sort(fs, Collections.reverseOrder());
        System.out.println(Arrays.toString(fs));
        System.out.println(Double.valueOf(Double.NaN).equals(Double.NaN) + " " + (Double.NaN == Double.NaN) + " " + Double.valueOf(0.0).equals(-0.0) + " " + (0.0 == -0.0));
        System.out.println(Integer.valueOf(5).equals(5L) + " " + Long.valueOf(5).equals(5L) + " " + new Object().equals(null));
        System.out.println(Double.isFinite(1e308) + " " + Double.isInfinite(1e308 * 10) + " " + Float.isNaN(0f / 0f));
        System.out.println(Integer.signum(-99) + " " + Long.signum(0) + " " + (int) Math.signum(-3.5));
        List<Number> nums = new ArrayList<>(List.of(3, 1.5, -2L, 7f, (short) 0, (byte) 9));
        nums.sort(Comparator.comparingDouble(Number::doubleValue));
        System.out.println(nums);
        System.out.println(Double.min(-0.0, 0.0) + " " + Double.max(-0.0, 0.0) + " " + Double.sum(0.1, 0.2) + " " + Float.max(Float.NaN, 1f));
    }
}
