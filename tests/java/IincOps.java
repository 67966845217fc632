public class IincOps {
    public static void main(String[] args) {
        int i = 0;
        i++; i++; i--;
        System.out.println(i);
        i += 127; System.out.println(i);
        i += 128; System.out.println(i);
        i -= 128; System.out.println(i);
        i += 32767; System.out.println(i);
        i += 32768; System.out.println(i);
        i -= 100000; System.out.println(i);
        int j = 5;
        int k = j++ + ++j;
        System.out.println(j + " " + k);
        k = j-- - --j;
        System.out.println(j + " " + k);
        int m = Integer.MAX_VALUE;
        m++;
        System.out.println(m);
        m--;
        System.out.println(m);
        int sum = 0;
        for (int a = 0; a < 1000; a += 7) sum += a;
        System.out.println(sum);
        for (int a = 1000; a > 0; a -= 13) sum -= a;
        System.out.println(sum);
        int x = 10;
        x = x++;
        System.out.println(x);
        x = ++x + x++;
        System.out.println(x);
        long l = 5; l++; l += 1000000000000L;
        System.out.println(l);
        double d = 1.5; d++; d--; d++;
        System.out.println(d);
        char c = 'a'; c++; c += 2;
        System.out.println(c);
        byte b = 127; b++;
        System.out.println(b);
        short s = -32768; s--;
        System.out.println(s);
        int[] arr = new int[3];
        arr[1]++; arr[1] += 5; arr[2]--; ++arr[0];
        System.out.println(arr[0] + " " + arr[1] + " " + arr[2]);
        int idx = 0;
        arr[idx++] = idx;
        System.out.println(arr[0] + " " + idx);
    }
}
