public class Mandelbrot {
    public static void main(String[] args) {
        int w = 72, h = 28, maxIt = 200;
        String shades = " .:-=+*#%@";
        long totalIt = 0;
        for (int y = 0; y < h; y++) {
            StringBuilder sb = new StringBuilder();
            for (int x = 0; x < w; x++) {
                double cr = -2.2 + 3.0 * x / w, ci = -1.2 + 2.4 * y / h;
                double zr = 0, zi = 0; int it = 0;
                while (it < maxIt && zr * zr + zi * zi <= 4) { double t = zr * zr - zi * zi + cr; zi = 2 * zr * zi + ci; zr = t; it++; }
                totalIt += it;
                sb.append(it == maxIt ? '@' : shades.charAt(it % (shades.length() - 1)));
            }
            System.out.println(sb);
        }
        System.out.println("iterations " + totalIt);
    }
}
