public class StringSearch {
    static int countOccurrences(String hay, String needle) {
        if (needle.isEmpty()) return -1;
        int count = 0, from = 0;
        while ((from = hay.indexOf(needle, from)) >= 0) { count++; from += 1; }
        return count;
    }
    public static void main(String[] args) {
        String text = "abracadabra, the abracadabra of abra";
        String[] needles = {"a", "abra", "cad", "z", "", "ra,", "abracadabra"};
        for (String n : needles) {
            System.out.println("'" + n + "' indexOf=" + text.indexOf(n) + " last=" + text.lastIndexOf(n) + " count=" + countOccurrences(text, n) + " contains=" + text.contains(n));
        }
        for (char c = 'a'; c <= 'f'; c++) System.out.print(text.indexOf(c) + "/" + text.lastIndexOf(c) + "/" + text.indexOf(c, 10) + "/" + text.lastIndexOf(c, 10) + " ");
        System.out.println();
        System.out.println(text.indexOf("abra", -5) + " " + text.indexOf("abra", 1000) + " " + text.lastIndexOf("abra", 5));
        StringBuilder rev = new StringBuilder(text).reverse();
        System.out.println(rev);
        String palin = "A man, a plan, a canal: Panama";
        String cleaned = palin.toLowerCase().replaceAll("[^a-z]", "");
        System.out.println(cleaned + " " + cleaned.equals(new StringBuilder(cleaned).reverse().toString()));
        System.out.println("".indexOf("") + " " + "abc".indexOf("") + " " + "abc".lastIndexOf(""));
        String big = "x".repeat(10000) + "needle" + "x".repeat(10000);
        System.out.println(big.indexOf("needle") + " " + big.lastIndexOf('x') + " " + big.length());
    }
}
