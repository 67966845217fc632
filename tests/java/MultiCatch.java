public class MultiCatch {
    static void thrower(int i) throws Exception {
        switch (i) {
            case 0: throw new IllegalArgumentException("iae");
            case 1: throw new ArithmeticException("arith");
            case 2: throw new java.io.IOException("io");
            case 3: throw new ArrayIndexOutOfBoundsException(7);
            case 4: throw new Exception("plain");
            default: break;
        }
    }
    public static void main(String[] args) {
        for (int i = 0; i < 6; i++) {
            try { thrower(i); System.out.println(i + " nothing"); }
            catch (IllegalArgumentException | ArithmeticException e) { System.out.println(i + " runtime-pair " + e.getMessage()); }
            catch (java.io.IOException | IndexOutOfBoundsException e) { System.out.println(i + " io-or-index " + e.getMessage()); }
            catch (Exception e) { System.out.println(i + " generic " + e.getMessage()); }
        }
        try { throw new StringIndexOutOfBoundsException("sioobe"); }
        catch (ArrayIndexOutOfBoundsException e) { System.out.println("wrong"); }
        catch (IndexOutOfBoundsException e) { System.out.println("superclass handler: " + e.getMessage()); }
        try { try { throw new ClassCastException("cce"); } catch (IllegalStateException e) { System.out.println("wrong"); } }
        catch (RuntimeException e) { System.out.println("outer handler: " + e.getMessage()); }
    }
}
