/**
 * Indonesian (and a few English) function words that carry no topic. Deliberately short:
 * words such as "baru", "hilang", "lama", "tidak" or "biaya" carry meaning in this domain and stay.
 * Applied after slang expansion, before stemming.
 */
export const STOPWORDS: ReadonlySet<string> = new Set([
  "yang", "dan", "atau", "di", "ke", "dari", "pada", "untuk", "dengan", "dalam", "oleh", "itu", "ini", "tersebut",
  "adalah", "ialah", "merupakan", "sebagai", "akan", "telah", "sudah", "sedang", "masih", "juga", "saja", "pun", "lah", "kah", "tah",
  "saya", "aku", "kamu", "anda", "kami", "kita", "mereka", "dia", "ia", "beliau", "nya",
  "apa", "bagaimana", "berapa", "mengapa", "kenapa", "dimana", "mana", "kapan", "siapa", "bila",
  "mau", "ingin", "bisa", "dapat", "boleh", "harus", "perlu", "tolong", "mohon", "minta",
  "ada", "adakah", "kalau", "jika", "bahwa", "agar", "supaya", "karena", "sehingga", "tapi", "namun", "serta", "lalu", "terus",
  "sangat", "sekali", "lebih", "paling", "hanya", "para", "sang", "si", "se", "per", "tiap", "setiap",
  "sama", "seperti", "secara", "antara", "hal", "tentang", "terhadap", "atas", "bagi", "kepada", "sampai", "hingga",
  "ya", "iya", "dong", "deh", "sih", "kok", "nih", "tuh", "lho", "loh", "kan", "ah", "eh", "oh", "yah", "wah",
  "kak", "kakak", "admin", "min", "pak", "bu", "bapak", "ibu", "gan", "agan", "halo", "hai",
  "sebagaimana", "dimaksud", "maksud", "yaitu", "yakni", "meliputi", "antara", "lain", "berikut",
  "the", "a", "an", "of", "to", "in", "is", "are", "for", "and", "or", "how", "what", "do", "does", "i", "my", "me", "can", "you", "it",
]);
