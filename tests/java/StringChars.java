public class StringChars {
    public static void main(String[] args) {
        String s = "Hello, World! 123";
        System.out.println(s.chars().sum());
        System.out.println(s.chars().count());
        System.out.println(s.chars().filter(Character::isDigit).count());
        System.out.println(s.chars().filter(Character::isUpperCase).count());
        System.out.println(s.chars().max().getAsInt() + " " + s.chars().min().getAsInt());
        int[] arr = s.chars().toArray();
        System.out.println(arr.length + " " + arr[0] + " " + arr[arr.length - 1]);
        StringBuilder sb = new StringBuilder();
        s.chars().forEach(c -> sb.append((char) (Character.isLetter(c) ? c ^ 32 : c)));
        System.out.println(sb);
        System.out.println("".chars().sum() + " " + "abc".chars().map(c -> c - 'a').sum());
        System.out.println("aAbB".chars().anyMatch(Character::isLowerCase) + " " + "ABC".chars().allMatch(Character::isUpperCase) + " " + "abc".chars().noneMatch(c -> c == 'z'));
        int[] counts = new int[26];
        "the quick brown fox jumps over the lazy dog".chars().filter(Character::isLetter).forEach(c -> counts[c - 'a']++);
        System.out.println(java.util.Arrays.toString(counts));
        System.out.println("hello".chars().reduce(0, (a, b) -> a * 31 + b) + " " + "hello".hashCode());
        System.out.println("mississippi".chars().distinct().count());
        System.out.println("abc".codePoints().sum());
    }
}
