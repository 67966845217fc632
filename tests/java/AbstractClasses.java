import java.util.*;
public class AbstractClasses {
    static abstract class Account {
        private static int nextId = 1;
        protected final int id; protected double balance;
        Account(double initial) { id = nextId++; balance = initial; }
        abstract double monthlyRate();
        String kind() { return getClass().getSimpleName(); }
        final void applyInterest() { balance += balance * monthlyRate(); }
        public String toString() { return String.format("%s#%d %.2f", kind(), id, balance); }
    }
    static class Savings extends Account { Savings(double b) { super(b); } double monthlyRate() { return 0.01; } }
    static class Checking extends Account { Checking(double b) { super(b); } double monthlyRate() { return 0; } @Override String kind() { return "CHK"; } }
    static abstract class Premium extends Savings { Premium(double b) { super(b); } double monthlyRate() { return super.monthlyRate() * 2 + bonus(); } abstract double bonus(); }
    static class Gold extends Premium { Gold(double b) { super(b); } double bonus() { return 0.005; } }
    public static void main(String[] args) {
        List<Account> accts = List.of(new Savings(1000), new Checking(500), new Gold(2000), new Savings(10));
        for (int m = 0; m < 12; m++) for (Account a : accts) a.applyInterest();
        for (Account a : accts) System.out.println(a);
        Account anon = new Account(1) { double monthlyRate() { return 1; } String kind() { return "anon"; } };
        anon.applyInterest(); anon.applyInterest();
        System.out.println(anon);
        System.out.println((accts.get(2) instanceof Savings));
    }
}
