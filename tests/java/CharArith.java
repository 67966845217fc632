public class CharArith {
    public static void main(String[] args) {
        char c = 'A';
        System.out.println(c + 1);
        System.out.println((char) (c + 1));
        System.out.println("" + c + 1);
        System.out.println(c + c);
        System.out.println('a' + 'b' + "c");
        System.out.println("c" + 'a' + 'b');
        char[] alphabet = new char[26];
        for (char ch = 'a'; ch <= 'z'; ch++) alphabet[ch - 'a'] = (char) (ch - 32);
        System.out.println(new String(alphabet));
        int sum = 0;
        for (char ch : "Hello, World".toCharArray()) sum += ch;
        System.out.println(sum);
        char max = Character.MAX_VALUE;
        max++;
        System.out.println((int) max);
        char d = '9';
        System.out.println(d - '0');
        System.out.println((char) ('0' + 7));
        System.out.println(Character.getNumericValue('z') + " " + Character.digit('f', 16) + " " + Character.forDigit(11, 16));
        char x = 'x';
        x *= 1;
        x -= 'a' - 'A';
        System.out.println(x);
        System.out.println(c < 'B' ? "less" : "more");
        String s = "";
        for (int i = 0; i < 5; i++) s += (char) ('a' + i * 2);
        System.out.println(s);
        System.out.println(Character.toString(97) + Character.valueOf('b') + String.valueOf('c'));
        char u = '\u00fc';
        System.out.println((int) u + " " + Character.isLetter(u) + " " + (int) Character.toUpperCase(u));
    }
}
