public class ArgsEcho {
    public static void main(String[] args) {
        System.out.println("argc=" + args.length);
        for (int i = 0; i < args.length; i++) System.out.println(i + ": [" + args[i] + "] len=" + args[i].length());
        int sum = 0;
        for (String a : args) { try { sum += Integer.parseInt(a); } catch (NumberFormatException e) { System.out.println("not a number: " + a); } }
        System.out.println("sum=" + sum);
        System.out.println(String.join("|", args));
    }
}
