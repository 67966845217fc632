import java.util.*;
public class EventSimulation {
    static abstract class Event implements Comparable<Event> {
        static long seqGen;
        final double time; final long seq = seqGen++;
        Event(double t) { time = t; }
        public int compareTo(Event o) { int c = Double.compare(time, o.time); return c != 0 ? c : Long.compare(seq, o.seq); }
        abstract void fire(Sim s);
    }
    static class Arrival extends Event { Arrival(double t) { super(t); } void fire(Sim s) { s.queue++; s.arrivals++; if (!s.busy) s.schedule(new Start(time)); s.schedule(new Arrival(time + s.exp(1.0))); } }
    static class Start extends Event { Start(double t) { super(t); } void fire(Sim s) { if (s.queue == 0 || s.busy) return; s.queue--; s.busy = true; s.schedule(new Finish(time + s.exp(1.25))); } }
    static class Finish extends Event { Finish(double t) { super(t); } void fire(Sim s) { s.busy = false; s.served++; if (s.queue > 0) s.schedule(new Start(time)); } }
    static class Sim {
        final PriorityQueue<Event> pq = new PriorityQueue<>();
        final Random rnd = new Random(2718);
        int queue, maxQueue, arrivals, served; boolean busy; double now, areaQ;
        double exp(double rate) { return -Math.log(1 - rnd.nextDouble()) / rate; }
        void schedule(Event e) { pq.add(e); }
        void run(double until) {
            schedule(new Arrival(0));
            while (!pq.isEmpty() && pq.peek().time < until) { Event e = pq.poll(); areaQ += queue * (e.time - now); now = e.time; e.fire(this); maxQueue = Math.max(maxQueue, queue); }
        }
    }
    public static void main(String[] args) {
        Sim s = new Sim();
        s.run(20000);
        System.out.printf("arrivals=%d served=%d maxQueue=%d avgQueue=%.4f now=%.3f pending=%d%n", s.arrivals, s.served, s.maxQueue, s.areaQ / s.now, s.now, s.pq.size());
    }
}
