import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.RandomAccess;

// checkcast and instanceof in hot code against classes, interfaces, arrays of each (including primitive
// arrays, Object[], Cloneable and Serializable), null, and a receiver mix that changes after warm-up (a cached
// check must not stick); ClassCastException messages.
public class JitTypeChecks {
    interface Shape { int sides(); }
    interface Named { String name(); }
    static class Base implements Shape { public int sides() { return 0; } }
    static class Tri extends Base implements Named, Serializable { public int sides() { return 3; } public String name() { return "tri"; } }
    static class Quad extends Base { public int sides() { return 4; } }
    static final class Square extends Quad implements Named, Cloneable { public String name() { return "sq"; } }

    static final Object[] SAMPLES = {
        null, new Base(), new Tri(), new Quad(), new Square(), "str", Integer.valueOf(5), new int[1], new long[0],
        new Object[1], new String[1], new Base[1], new Tri[1], new Square[0], new Named[1], new int[1][1],
        new Object[1][1], new Shape[1][], new ArrayList<String>(), List.of(1), new char[2], new boolean[1][]
    };

    static int classify(Object o) {
        int r = 0;
        if (o instanceof Object) r |= 1;
        if (o instanceof Shape) r |= 2;
        if (o instanceof Named) r |= 4;
        if (o instanceof Base) r |= 8;
        if (o instanceof Quad) r |= 16;
        if (o instanceof Square) r |= 32;
        if (o instanceof Object[]) r |= 64;
        if (o instanceof Base[]) r |= 128;
        if (o instanceof Named[]) r |= 256;
        if (o instanceof Shape[]) r |= 512;
        if (o instanceof int[]) r |= 1024;
        if (o instanceof Object[][]) r |= 2048;
        if (o instanceof Cloneable) r |= 4096;
        // (only where the answer is the VM's: arrays, our classes, String; the class library's own classes may
        // differ in which interfaces they declare)
        if (o instanceof Serializable && (o instanceof Object[] || o instanceof int[] || o instanceof Shape || o instanceof String)) r |= 8192;
        if (o instanceof Comparable) r |= 16384;
        if (o instanceof CharSequence) r |= 32768;
        if (o instanceof RandomAccess) r |= 65536;
        if (o instanceof List) r |= 131072;
        if (o instanceof Shape[][]) r |= 262144;
        return r;
    }

    static String tryCasts(Object o) {
        StringBuilder sb = new StringBuilder();
        try { Shape s = (Shape) o; sb.append('S'); } catch (ClassCastException e) { sb.append('-'); }
        try { Named s = (Named) o; sb.append('N'); } catch (ClassCastException e) { sb.append('-'); }
        try { Quad s = (Quad) o; sb.append('Q'); } catch (ClassCastException e) { sb.append('-'); }
        try { Object[] s = (Object[]) o; sb.append('A'); } catch (ClassCastException e) { sb.append('-'); }
        try { Base[] s = (Base[]) o; sb.append('B'); } catch (ClassCastException e) { sb.append('-'); }
        try { int[] s = (int[]) o; sb.append('I'); } catch (ClassCastException e) { sb.append('-'); }
        try { Cloneable s = (Cloneable) o; sb.append('C'); } catch (ClassCastException e) { sb.append('-'); }
        try { String s = (String) o; sb.append('T'); } catch (ClassCastException e) { sb.append('-'); }
        return sb.toString();
    }

    static int sidesOf(Object o) { return ((Shape) o).sides(); }

    static void castMessages() {
        Object[] bad = {new int[0], new Tri[1], new Object[0], new Square[0], new long[0][]};
        for (int k = 0; k < bad.length; k++) {
            try {
                switch (k) {
                    case 0: long[] la = (long[]) bad[k]; break;
                    case 1: Square[] sa = (Square[]) bad[k]; break;
                    case 2: String[] st = (String[]) bad[k]; break;
                    case 3: Named[][] nn = (Named[][]) bad[k]; break;
                    default: int[][] ii = (int[][]) bad[k]; break;
                }
            } catch (ClassCastException e) {
                System.out.println(e.getMessage());
            }
        }
    }

    public static void main(String[] args) {
        castMessages(); // first, while HotSpot still interprets main
        long cs = 0;
        for (int rep = 0; rep < 2000; rep++) {
            for (Object o : SAMPLES) cs = cs * 31 + classify(o);
        }
        System.out.println("classify " + cs);
        for (Object o : SAMPLES) {
            String name = o == null ? "null" : o.getClass().getName();
            if (name.startsWith("java.util.ImmutableCollections")) name = "ImmutableList";
            System.out.println(name + " " + classify(o) + " " + tryCasts(o));
        }

        // warm a check on one type, then change it
        Object[] mono = new Object[100];
        for (int k = 0; k < mono.length; k++) mono[k] = new Tri();
        long sides = 0;
        for (int rep = 0; rep < 300; rep++) for (Object o : mono) sides += sidesOf(o);
        mono[50] = new Square();
        mono[51] = new Base();
        for (int rep = 0; rep < 300; rep++) for (Object o : mono) sides += sidesOf(o);
        mono[99] = "not a shape";
        int cce = 0;
        String msg = null;
        for (int rep = 0; rep < 300; rep++) {
            for (Object o : mono) {
                try {
                    sides += sidesOf(o);
                } catch (ClassCastException e) {
                    cce++;
                    msg = e.getMessage();
                }
            }
        }
        System.out.println("sides " + sides + " cce " + cce);
        System.out.println(msg);

        // The messages of failing casts in hot code (class targets; HotSpot's compiled code words array
        // targets differently from its interpreter, so those are taken cold, in castMessages, below)
        String[] msgs = new String[6];
        int fails = 0;
        Object[] bad = {new Quad(), new int[0], new Tri[1], "s", new Object[0], Integer.valueOf(1)};
        for (int rep = 0; rep < 500; rep++) {
            for (int k = 0; k < bad.length; k++) {
                try {
                    switch (k) {
                        case 0: Named n = (Named) bad[k]; break;
                        case 1: long[] la = (long[]) bad[k]; break;
                        case 2: Square[] sa = (Square[]) bad[k]; break;
                        case 3: Shape sh = (Shape) bad[k]; break;
                        case 4: String[] st = (String[]) bad[k]; break;
                        default: Long lo = (Long) bad[k]; break;
                    }
                } catch (ClassCastException e) {
                    fails++;
                    if (k == 0 || k == 3 || k == 5) msgs[k] = e.getMessage();
                }
            }
        }
        System.out.println("failed casts " + fails);
        for (String m : msgs) if (m != null) System.out.println(m);

        // pattern matching instanceof in a hot loop
        int pm = 0;
        for (int rep = 0; rep < 2000; rep++) {
            Object o = SAMPLES[rep % SAMPLES.length];
            if (o instanceof Named nm && nm.name().length() > 2) pm += 3;
            else if (o instanceof Shape sh) pm += sh.sides();
            else if (o instanceof Object[] arr) pm += arr.length * 10;
        }
        System.out.println("pattern " + pm);
    }
}
