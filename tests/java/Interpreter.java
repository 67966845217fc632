import java.util.*;
public class Interpreter {
    interface Expr { long eval(Map<String, Long> env); }
    record Num(long v) implements Expr { public long eval(Map<String, Long> env) { return v; } }
    record Var(String name) implements Expr { public long eval(Map<String, Long> env) { Long v = env.get(name); if (v == null) throw new RuntimeException("undefined: " + name); return v; } }
    record Bin(char op, Expr l, Expr r) implements Expr {
        public long eval(Map<String, Long> env) {
            long a = l.eval(env), b = r.eval(env);
            return switch (op) { case '+' -> a + b; case '-' -> a - b; case '*' -> a * b; case '/' -> a / b; case '%' -> a % b; case '<' -> a < b ? 1 : 0; case '=' -> a == b ? 1 : 0; default -> throw new IllegalStateException("op " + op); };
        }
    }
    static class Parser {
        final List<String> toks; int p;
        Parser(String src) { toks = new ArrayList<>(); java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\d+|[A-Za-z_]\\w*|[-+*/%()<=]").matcher(src); while (m.find()) toks.add(m.group()); }
        String peek() { return p < toks.size() ? toks.get(p) : ""; }
        Expr parse() { return cmp(); }
        Expr cmp() { Expr e = add(); while (peek().equals("<") || peek().equals("=")) { char op = toks.get(p++).charAt(0); e = new Bin(op, e, add()); } return e; }
        Expr add() { Expr e = mul(); while (peek().equals("+") || peek().equals("-")) { char op = toks.get(p++).charAt(0); e = new Bin(op, e, mul()); } return e; }
        Expr mul() { Expr e = atom(); while (peek().equals("*") || peek().equals("/") || peek().equals("%")) { char op = toks.get(p++).charAt(0); e = new Bin(op, e, atom()); } return e; }
        Expr atom() { String t = toks.get(p++); if (t.equals("(")) { Expr e = parse(); p++; return e; } if (t.equals("-")) return new Bin('-', new Num(0), atom()); if (Character.isDigit(t.charAt(0))) return new Num(Long.parseLong(t)); return new Var(t); }
    }
    static void run(String[] program) {
        Map<String, Long> env = new TreeMap<>();
        int pc = 0, steps = 0;
        while (pc < program.length && steps++ < 100000) {
            String line = program[pc].trim();
            String[] parts = line.split("\\s+", 2);
            switch (parts[0]) {
                case "let": { String[] kv = parts[1].split("=", 2); env.put(kv[0].trim(), new Parser(kv[1]).parse().eval(env)); pc++; break; }
                case "print": System.out.println(new Parser(parts[1]).parse().eval(env)); pc++; break;
                case "jumpif": { String[] a = parts[1].split("\\s+", 2); pc = new Parser(a[1]).parse().eval(env) != 0 ? Integer.parseInt(a[0]) : pc + 1; break; }
                case "goto": pc = Integer.parseInt(parts[1]); break;
                default: throw new IllegalArgumentException("bad instruction: " + line);
            }
        }
        System.out.println("env=" + env + " steps=" + steps);
    }
    public static void main(String[] args) {
        System.out.println(new Parser("1 + 2 * 3 - (4 - 10) / 2").parse().eval(Map.of()));
        System.out.println(new Parser("-(7 % 3) * x").parse().eval(Map.of("x", 5L)));
        System.out.println(new Parser("(1 + 2) * (3 + 4) = 21").parse());
        run(new String[]{"let n = 20", "let a = 0", "let b = 1", "let i = 0", "jumpif 9 n < i + 1", "let t = a + b", "let a = b", "let b = t", "goto 10", "goto 13", "let i = i + 1", "print a", "goto 4", "print 999"});
        run(new String[]{"let s = 0", "let k = 1", "let s = s + k * k", "let k = k + 1", "jumpif 2 k < 101", "print s"});
        try { run(new String[]{"print y"}); } catch (RuntimeException e) { System.out.println("error: " + e.getMessage()); }
        try { run(new String[]{"let z = 1 / 0"}); } catch (ArithmeticException e) { System.out.println("error: " + e.getMessage()); }
    }
}
