import java.util.*;
public class PriorityQueueOps {
    record Task(String name, int prio) {}
    public static void main(String[] args) {
        PriorityQueue<Integer> pq = new PriorityQueue<>();
        int[] vals = {5, 3, 9, 1, 7, 3, 8, 2, 6, 4, 0, 10};
        for (int v : vals) pq.add(v);
        System.out.println(pq.peek() + " " + pq.size());
        StringBuilder sb = new StringBuilder();
        while (!pq.isEmpty()) sb.append(pq.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<Integer> maxq = new PriorityQueue<>(Collections.reverseOrder());
        for (int v : vals) maxq.offer(v);
        sb.setLength(0);
        while (!maxq.isEmpty()) sb.append(maxq.poll()).append(' ');
        System.out.println(sb);
        PriorityQueue<Task> tasks = new PriorityQueue<>(Comparator.comparingInt(Task::prio).thenComparing(Task::name));
        tasks.add(new Task("write", 2)); tasks.add(new Task("test", 1)); tasks.add(new Task("deploy", 3)); tasks.add(new Task("alpha", 2)); tasks.add(new Task("review", 1));
        while (!tasks.isEmpty()) System.out.println(tasks.poll());
        PriorityQueue<String> words = new PriorityQueue<>(Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder()));
        Collections.addAll(words, "banana", "fig", "apple", "kiwi", "date", "cherry", "egg");
        sb.setLength(0);
        while (!words.isEmpty()) sb.append(words.remove()).append(' ');
        System.out.println(sb);
        PriorityQueue<Long> big = new PriorityQueue<>();
        Random r = new Random(7);
        for (int i = 0; i < 10000; i++) big.add(r.nextLong() % 1000000);
        long prev = Long.MIN_VALUE; boolean sorted = true; long sum = 0;
        for (int i = 0; i < 100; i++) { long x = big.poll(); if (x < prev) sorted = false; prev = x; sum += x; }
        System.out.println(sorted + " " + sum + " " + big.size());
        pq.addAll(List.of(4, 2, 6));
        System.out.println(pq.remove(2) + " " + pq.contains(4) + " " + pq.poll() + " " + pq.poll() + " " + pq.poll());
    }
}
