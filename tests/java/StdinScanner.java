import java.util.*;
import java.util.stream.*;

public class StdinScanner {
    public static void main(String[] args) {
        Scanner in = new Scanner(System.in);
        int n = in.nextInt();
        long[] vals = new long[n];
        for (int i = 0; i < n; i++)
            vals[i] = in.nextLong();
        System.out.println(LongStream.of(vals).sum() + " " + LongStream.of(vals).max().getAsLong());
        in.nextLine();
        String title = in.nextLine();
        System.out.println("title=[" + title + "]");
        List<String> words = new ArrayList<>();
        while (in.hasNext()) {
            if (in.hasNextDouble()) {
                System.out.println("number " + in.nextDouble());
            } else {
                words.add(in.next());
            }
        }
        Map<Integer, List<String>> byLen = words.stream().collect(Collectors.groupingBy(String::length, TreeMap::new, Collectors.toList()));
        System.out.println(byLen);
        System.out.println(in.hasNextLine());
    }
}
