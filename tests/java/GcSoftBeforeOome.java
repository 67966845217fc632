import java.lang.ref.SoftReference;
import java.util.ArrayList;
import java.util.List;

// Soft references are cleared before an OutOfMemoryError is thrown (the spec guarantees it), but never
// while their referent is strongly reachable. Runs in a 32 MB heap (GcSoftBeforeOome.opts).
public class GcSoftBeforeOome {
    public static void main(String[] args) {
        List<SoftReference<byte[]>> softs = new ArrayList<>();
        for (int i = 0; i < 8; i++) softs.add(new SoftReference<>(new byte[1 << 20]));
        byte[] pinned = new byte[1 << 20];
        SoftReference<byte[]> pinnedRef = new SoftReference<>(pinned);
        System.gc();
        int alive = 0;
        for (SoftReference<byte[]> s : softs) if (s.get() != null) alive++;
        System.out.println("soft referents alive after System.gc(): " + alive);

        List<byte[]> hog = new ArrayList<>();
        boolean oome = false;
        try {
            while (true) hog.add(new byte[256 << 10]);
        } catch (OutOfMemoryError e) {
            hog = null; // the heap is full until the hog goes
            oome = true;
        }
        int cleared = 0;
        for (SoftReference<byte[]> s : softs) if (s.get() == null) cleared++;
        System.out.println("OutOfMemoryError: " + oome);
        System.out.println("soft references cleared: " + cleared + " of " + softs.size());
        System.out.println("strongly held referent kept: " + (pinnedRef.get() == pinned));
    }
}
