import java.util.*;
public class NpeMessages {
    String name; NpeMessages next; int[] arr; static NpeMessages sN; static String sS;
    String get() { return null; }
    static List<String> list() { return null; }
    void inst(String p, NpeMessages q) {
        t(() -> p.length()); t(() -> q.name.length()); t(() -> this.next.name.length()); 
    }
    static void t(Runnable r) { try { r.run(); } catch (NullPointerException e) { System.out.println(e.getMessage()); } }
    public static void main(String[] a) {
        NpeMessages n = new NpeMessages(); NpeMessages nul = null; int[] ia = null; Object[] oa = null; String s = null;
        try { s.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { nul.name = "x"; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(nul.name); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(n.next.name); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ia[0] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(ia[1]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(ia.length); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { System.out.println(oa[0]); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { sN.get(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { sS.length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.get().length(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { list().size(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { n.arr[2] = 3; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { throw null; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { synchronized (nul) {} } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        Object[][] m = new Object[2][]; 
        try { m[1][0].toString(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        int i = 1;
        try { m[i][0] = 1; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { ((String) null).isEmpty(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Integer x = null; int y = x; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Map<String,String> mm = null; mm.get("k"); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { StringBuilder sb = null; sb.append(1.5).append('c'); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { String t = a.length > 5 ? "x" : null; t.trim(); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        n.inst(null, new NpeMessages());
        try { new NpeMessages().next.next = null; } catch (NullPointerException e) { System.out.println(e.getMessage()); }
        try { Objects.requireNonNull(null); } catch (NullPointerException e) { System.out.println(e.getMessage()); }
    }
}
