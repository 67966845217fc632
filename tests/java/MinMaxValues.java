public class MinMaxValues {
    public static void main(String[] args) {
        System.out.println(Byte.MIN_VALUE + " " + Byte.MAX_VALUE);
        System.out.println(Short.MIN_VALUE + " " + Short.MAX_VALUE);
        System.out.println((int) Character.MIN_VALUE + " " + (int) Character.MAX_VALUE);
        System.out.println(Integer.MIN_VALUE + " " + Integer.MAX_VALUE);
        System.out.println(Long.MIN_VALUE + " " + Long.MAX_VALUE);
        System.out.println(Float.MIN_VALUE + " " + Float.MAX_VALUE + " " + Float.MIN_NORMAL + " " + Float.MAX_EXPONENT + " " + Float.MIN_EXPONENT);
        System.out.println(Double.MIN_VALUE + " " + Double.MAX_VALUE + " " + Double.MIN_NORMAL + " " + Double.MAX_EXPONENT + " " + Double.MIN_EXPONENT);
        System.out.println(Math.abs(Integer.MIN_VALUE) + " " + Math.abs(Long.MIN_VALUE) + " " + Math.absExact(5));
        System.out.println((Integer.MAX_VALUE + 1 == Integer.MIN_VALUE) + " " + (Long.MAX_VALUE + 1 == Long.MIN_VALUE));
        System.out.println(Integer.MAX_VALUE * Integer.MAX_VALUE + " " + Long.MAX_VALUE * 3);
        System.out.println((short) (Short.MAX_VALUE + 1) + " " + (byte) (Byte.MIN_VALUE - 1));
        System.out.println(Float.MAX_VALUE * 2 + " " + -Float.MAX_VALUE * 2 + " " + Float.MIN_VALUE / 2);
        System.out.println(Math.ulp(1.0) + " " + Math.ulp(1.0f) + " " + Math.nextUp(1.0) + " " + Math.nextDown(1.0f) + " " + Math.getExponent(1024.0));
        System.out.println((long) Float.MAX_VALUE + " " + (int) Double.MAX_VALUE + " " + (long) -Double.MAX_VALUE);
        System.out.println(Integer.MIN_VALUE / 2 + " " + (Integer.MIN_VALUE >> 1) + " " + (Integer.MIN_VALUE >>> 1));
        System.out.println(Character.MIN_RADIX + " " + Character.MAX_RADIX + " " + Character.MIN_SUPPLEMENTARY_CODE_POINT);
    }
}
