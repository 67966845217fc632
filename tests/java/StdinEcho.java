import java.io.*;
public class StdinEcho {
    public static void main(String[] args) throws IOException {
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in));
        String line;
        int n = 0, chars = 0;
        while ((line = in.readLine()) != null) {
            n++;
            chars += line.length();
            System.out.println(n + ": [" + line + "] rev=[" + new StringBuilder(line).reverse() + "] upper=" + line.toUpperCase());
        }
        System.out.println("lines=" + n + " chars=" + chars);
        System.out.println(in.readLine());
    }
}
