import java.util.*;
public class EnumBasics {
    enum Color { RED, GREEN, BLUE }
    enum Planet {
        MERCURY(3.303e+23, 2.4397e6), EARTH(5.976e+24, 6.37814e6), JUPITER(1.9e+27, 7.1492e7);
        private final double mass, radius;
        Planet(double mass, double radius) { this.mass = mass; this.radius = radius; }
        double surfaceGravity() { return 6.67300E-11 * mass / (radius * radius); }
    }
    enum Level { LOW(1), MEDIUM(5), HIGH(10); final int w; Level(int w) { this.w = w; } static Level of(int x) { for (Level l : values()) if (x <= l.w) return l; return HIGH; } }
    public static void main(String[] args) {
        for (Color c : Color.values()) System.out.println(c + " " + c.name() + " " + c.ordinal() + " " + c.compareTo(Color.GREEN) + " " + c.getDeclaringClass().getSimpleName() + " " + c.equals(Color.RED));
        System.out.println(Color.valueOf("BLUE") + " " + Enum.valueOf(Color.class, "RED") + " " + Color.values().length);
        try { Color.valueOf("PINK"); } catch (IllegalArgumentException e) { System.out.println(e.getMessage()); }
        try { Color.valueOf(null); } catch (NullPointerException e) { System.out.println("valueOf(null) NPE"); }
        for (Planet p : Planet.values()) System.out.printf("%s %.2f%n", p, p.surfaceGravity());
        for (int x : new int[]{0, 3, 7, 20}) System.out.print(Level.of(x) + " ");
        System.out.println();
        Color[] vals = Color.values();
        vals[0] = null;
        System.out.println(Color.values()[0]);
        List<Color> cs = new ArrayList<>(List.of(Color.BLUE, Color.RED, Color.GREEN, Color.RED));
        Collections.sort(cs);
        System.out.println(cs);
        TreeMap<Color, Integer> tm = new TreeMap<>();
        for (Color c : cs) tm.merge(c, 1, Integer::sum);
        System.out.println(tm);
        EnumSet<Color> es = EnumSet.of(Color.BLUE, Color.RED);
        System.out.println(es + " " + EnumSet.complementOf(es) + " " + EnumSet.allOf(Color.class) + " " + EnumSet.noneOf(Color.class) + " " + EnumSet.range(Color.RED, Color.GREEN));
        System.out.println(Color.RED == Color.valueOf("RED"));
        System.out.println(Thread.State.valueOf("RUNNABLE").ordinal() >= 0);
    }
}
