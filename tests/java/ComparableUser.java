import java.util.*;
public class ComparableUser {
    static class Version implements Comparable<Version> {
        final int[] parts;
        Version(String s) { String[] p = s.split("\\."); parts = new int[p.length]; for (int i = 0; i < p.length; i++) parts[i] = Integer.parseInt(p[i]); }
        public int compareTo(Version o) {
            for (int i = 0; i < Math.max(parts.length, o.parts.length); i++) {
                int a = i < parts.length ? parts[i] : 0, b = i < o.parts.length ? o.parts[i] : 0;
                if (a != b) return Integer.compare(a, b);
            }
            return 0;
        }
        public String toString() { StringJoiner j = new StringJoiner("."); for (int p : parts) j.add(String.valueOf(p)); return j.toString(); }
    }
    static class Student implements Comparable<Student> {
        final String name; final double gpa;
        Student(String n, double g) { name = n; gpa = g; }
        public int compareTo(Student o) { int c = Double.compare(o.gpa, gpa); return c != 0 ? c : name.compareTo(o.name); }
        public String toString() { return name + "(" + gpa + ")"; }
    }
    public static void main(String[] args) {
        List<Version> vs = new ArrayList<>();
        for (String s : "1.10 1.2 1.2.0 1.2.1 0.9.9 2 1.0.10 1.0.2".split(" ")) vs.add(new Version(s));
        Collections.sort(vs);
        System.out.println(vs);
        System.out.println(Collections.max(vs) + " " + Collections.min(vs) + " " + new Version("1.2").compareTo(new Version("1.2.0")));
        TreeSet<Version> tv = new TreeSet<>(vs);
        System.out.println(tv.size() + " " + tv.ceiling(new Version("1.1")) + " " + tv.floor(new Version("1.1")));
        Student[] ss = {new Student("zed", 3.5), new Student("amy", 3.9), new Student("bob", 3.5), new Student("cat", 2.0)};
        Arrays.sort(ss);
        System.out.println(Arrays.toString(ss));
        PriorityQueue<Student> pq = new PriorityQueue<>(Arrays.asList(ss));
        System.out.println(pq.poll() + " " + pq.poll());
        System.out.println(Arrays.binarySearch(ss, new Student("bob", 3.5)));
    }
}
