import java.util.HashMap;
import java.util.IdentityHashMap;

// GC test: identity hash codes stay the same when objects move (minor collections, promotion, full
// collections), for objects hashed while young, hashed after promotion, and hashed while locked. Only
// equality booleans and counts are printed, never a hash value. A 32 MB heap (GcIdentityHash.opts).
public class GcIdentityHash {
    static final class Thing {
        final int id;
        Thing(int id) { this.id = id; }
    }

    static long churn(int n) {
        long s = 0;
        for (int i = 0; i < n; i++) s += new Thing(i).id + new int[i & 15].length;
        return s;
    }

    static Object make(int i) {
        switch (i % 4) {
            case 0: return new Object();
            case 1: return new Thing(i);
            case 2: return new int[i % 7];
            default: return new StringBuilder("sb" + i);
        }
    }

    static boolean same(Object[] objs, int[] hashes, int from, int to) {
        for (int i = from; i < to; i++) if (System.identityHashCode(objs[i]) != hashes[i]) return false;
        return true;
    }

    public static void main(String[] args) {
        int n = 10_000;
        Object[] objs = new Object[n];
        int[] hashes = new int[n];
        for (int i = 0; i < n; i++) objs[i] = make(i);
        // The first half is hashed while young; the second half only after collections moved it.
        for (int i = 0; i < n / 2; i++) hashes[i] = System.identityHashCode(objs[i]);
        long junk = churn(100_000);
        System.out.println("young-hashed stable after churn: " + same(objs, hashes, 0, n / 2));
        System.gc();
        System.out.println("young-hashed stable after System.gc: " + same(objs, hashes, 0, n / 2));
        for (int i = n / 2; i < n; i++) hashes[i] = System.identityHashCode(objs[i]);
        junk += churn(100_000);
        System.gc();
        junk += churn(50_000);
        System.out.println("late-hashed stable: " + same(objs, hashes, n / 2, n));
        System.out.println("all stable: " + same(objs, hashes, 0, n));

        // Object.hashCode is the identity hash for classes that do not override it (none of make's do).
        boolean agree = true;
        for (int i = 0; i < n; i++) if (objs[i].hashCode() != hashes[i]) agree = false;
        System.out.println("hashCode agrees with identityHashCode: " + agree);

        // Hash-based collections keyed by identity survive moves of their keys.
        IdentityHashMap<Object, Integer> ihm = new IdentityHashMap<>();
        HashMap<Object, Integer> hm = new HashMap<>();
        Thing[] keys = new Thing[5_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = new Thing(i);
            ihm.put(keys[i], i);
            hm.put(keys[i], i);
            if (i % 500 == 0) junk += churn(20_000);
        }
        System.gc();
        junk += churn(100_000);
        int found = 0, foundHm = 0;
        for (int i = 0; i < keys.length; i++) {
            Integer v = ihm.get(keys[i]);
            if (v != null && v == i) found++;
            Integer w = hm.get(keys[i]);
            if (w != null && w == i) foundHm++;
        }
        System.out.println("IdentityHashMap lookups: " + found + "/" + keys.length + ", HashMap lookups: " + foundHm);
        int strangers = 0;
        for (int i = 0; i < 1000; i++) if (ihm.containsKey(new Thing(i))) strangers++;
        System.out.println("fresh objects found: " + strangers);

        // Hashing a locked object, and locking a hashed object, across collections.
        Thing lockedAndHashed = new Thing(-1);
        int h0;
        synchronized (lockedAndHashed) {
            h0 = System.identityHashCode(lockedAndHashed);
            junk += churn(100_000);
            System.gc();
            System.out.println("hash stable while locked: " + (System.identityHashCode(lockedAndHashed) == h0));
        }
        System.out.println("hash stable after unlock: " + (System.identityHashCode(lockedAndHashed) == h0));
        Object hashedFirst = new Object();
        int h1 = hashedFirst.hashCode();
        synchronized (hashedFirst) {
            junk += churn(50_000);
            System.out.println("locked after hashing: " + (hashedFirst.hashCode() == h1) + " " + Thread.holdsLock(hashedFirst));
        }

        // Identity hashes of many short-lived objects do not disturb the survivors.
        long dummy = 0;
        for (int i = 0; i < 100_000; i++) dummy += System.identityHashCode(new Object()) & 1;
        System.gc();
        System.out.println("survivors stable after hashing garbage: " + same(objs, hashes, 0, n) + " " + (dummy >= 0));
        System.out.println("junk " + junk);
    }
}
