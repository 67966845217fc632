public class ParseDouble {
    public static void main(String[] args) {
        String[] ins = {"0", "-0", "1", "1.5", "-2.25", "1e10", "1E-5", "  3.5  ", ".5", "5.", "+7", "0x1p3", "0x1.8p1", "Infinity", "-Infinity", "NaN",
            "1.7976931348623157E308", "1.8e308", "4.9e-324", "1e-400", "123456789012345678901234567890", "0.1", "3.14159265358979323846", "1d", "2.5f", "1_000", "abc", "", "1e", "--1", "0x", "1.2.3"};
        for (String s : ins) {
            try { System.out.println("'" + s + "' -> " + Double.parseDouble(s) + " / " + Float.parseFloat(s)); }
            catch (NumberFormatException e) { System.out.println("'" + s + "' -> NFE " + e.getMessage()); }
        }
        try { Double.parseDouble(null); } catch (NullPointerException e) { System.out.println("null -> NPE"); }
        System.out.println(Double.valueOf("2.0").equals(2.0) + " " + Double.valueOf(3.0).compareTo(2.0));
        double sum = 0;
        for (int i = 0; i < 1000; i++) sum += Double.parseDouble("0." + i);
        System.out.println(sum);
    }
}
