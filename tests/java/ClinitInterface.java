public class ClinitInterface {
    static StringBuilder log = new StringBuilder();
    static int mark(String s) { log.append(s).append(';'); return s.length(); }
    interface I { int X = mark("I.X"); int CONST = 5; }
    interface J extends I { int Y = mark("J.Y"); }
    static class Impl implements J { static { mark("Impl.clinit"); } }
    interface WithDefault { int Z = mark("WithDefault.Z"); default String hello() { return "hello"; } }
    static class ImplD implements WithDefault { static { mark("ImplD.clinit"); } }
    interface Consts { String NAME = "const-name"; int[] ARR = {mark("Consts.ARR")}; }
    public static void main(String[] args) {
        new Impl();
        System.out.println("after new Impl: " + log); log.setLength(0);
        System.out.println(I.CONST + " " + log); log.setLength(0);
        System.out.println(J.Y + " " + log); log.setLength(0);
        System.out.println(I.X + " " + log); log.setLength(0);
        new ImplD();
        System.out.println("after new ImplD: " + log); log.setLength(0);
        System.out.println(Consts.NAME + " " + log); log.setLength(0);
        System.out.println(Consts.ARR.length + " " + log); log.setLength(0);
    }
}
