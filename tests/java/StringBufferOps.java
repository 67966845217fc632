public class StringBufferOps {
    public static void main(String[] args) {
        StringBuffer sb = new StringBuffer("start");
        sb.append(' ').append(1).append(2.5).append(true).append('c').append(7L).append(3.5f);
        System.out.println(sb + " " + sb.length());
        sb.insert(5, "[ins]").reverse();
        System.out.println(sb);
        sb.reverse().delete(0, 5).deleteCharAt(0);
        System.out.println(sb);
        sb.replace(0, 4, "R");
        System.out.println(sb + " idx=" + sb.indexOf("2.5") + " char=" + sb.charAt(0));
        sb.setLength(3);
        System.out.println(sb + " " + sb.capacity() / 1000);
        StringBuffer big = new StringBuffer();
        for (int i = 0; i < 2000; i++) big.append((char) ('a' + i % 26));
        System.out.println(big.length() + " " + big.substring(0, 30) + " " + big.lastIndexOf("xyz"));
        System.out.println(new StringBuffer("abc").compareTo(new StringBuffer("abd")));
        CharSequence cs = new StringBuffer("seq");
        System.out.println(cs.length() + " " + cs.charAt(1) + " " + cs.subSequence(1, 3));
    }
}
