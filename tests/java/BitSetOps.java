import java.util.*;
public class BitSetOps {
    public static void main(String[] args) {
        BitSet b = new BitSet();
        for (int i = 0; i < 100; i += 3) b.set(i);
        System.out.println(b + " card=" + b.cardinality() + " len=" + b.length());
        BitSet c = new BitSet();
        c.set(10, 40);
        System.out.println(c);
        BitSet and = (BitSet) b.clone(); and.and(c);
        BitSet or = (BitSet) b.clone(); or.or(c);
        BitSet xor = (BitSet) b.clone(); xor.xor(c);
        BitSet andNot = (BitSet) b.clone(); andNot.andNot(c);
        System.out.println(and + "\n" + or.cardinality() + "\n" + xor.cardinality() + "\n" + andNot.cardinality());
        System.out.println(b.get(9) + " " + b.get(10) + " " + b.nextSetBit(10) + " " + b.nextClearBit(0) + " " + b.previousSetBit(50) + " " + b.nextSetBit(1000));
        b.clear(0); b.flip(1); b.flip(0, 5);
        System.out.println(b.get(0, 10) + " " + b.intersects(c) + " " + b.isEmpty() + " " + new BitSet().isEmpty());
        System.out.println(Arrays.toString(BitSet.valueOf(new long[]{5L, 1L}).toLongArray()) + " " + Arrays.toString(c.toByteArray()));
        BitSet primes = new BitSet(1000);
        primes.set(2, 1000);
        for (int i = 2; i * i < 1000; i = primes.nextSetBit(i + 1)) for (int j = i * i; j < 1000; j += i) primes.clear(j);
        System.out.println(primes.cardinality() + " " + primes.previousSetBit(999));
        System.out.println(b.equals(b.clone()) + " " + b.hashCode());
    }
}
