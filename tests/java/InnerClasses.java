public class InnerClasses {
    private int secret = 42;
    private static String sstat = "static-secret";
    class Inner {
        int v = secret + 1;
        class Deeper { int w = v + secret; String outer() { return InnerClasses.this.secret + "/" + Inner.this.v + "/" + w; } }
        void bump() { secret++; }
    }
    static class Nested {
        private int hidden = 7;
        String read() { return sstat + " " + hidden; }
        static class Nested2 { String hi() { return "nested2"; } }
    }
    private int priv() { return secret * 2; }
    class Shadow { int secret = 1; String show() { return secret + " " + this.secret + " " + InnerClasses.this.secret; } }
    public static void main(String[] args) {
        InnerClasses o = new InnerClasses();
        InnerClasses.Inner in = o.new Inner();
        InnerClasses.Inner.Deeper d = in.new Deeper();
        System.out.println(in.v + " " + d.w + " " + d.outer());
        in.bump();
        System.out.println(o.secret + " " + d.outer());
        Nested n = new Nested();
        System.out.println(n.read() + " " + n.hidden + " " + new Nested.Nested2().hi());
        System.out.println(o.priv() + " " + o.new Shadow().show());
        InnerClasses other = new InnerClasses();
        other.secret = 0;
        Inner i2 = other.new Inner();
        System.out.println(i2.v);
        System.out.println(Inner.class.getName() + " " + Inner.Deeper.class.getName() + " " + Nested.Nested2.class.getSimpleName());
        System.out.println(Inner.class.getEnclosingClass().getSimpleName() + " " + Inner.class.isMemberClass() + " " + InnerClasses.class.getNestHost().getSimpleName());
    }
}
