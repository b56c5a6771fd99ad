import type { Step } from "../context.js";
import { canned } from "../statuses.js";

const GREETING =
  /^(halo+|hallo+|hai+|hi+|hello+|hey|p|pagi|siang|sore|malam|selamat (pagi|siang|sore|malam)|assalamu ?'?alaikum( wr\.? ?wb\.?)?|asslm|salam|tes|test|\/start|good (morning|afternoon|evening))( (admin|kakak|bapak|ibu|semua|chatbot|bot|kota kendari))*$/;
const HELP =
  /^(\/?bantuan|\/?help|menu|tolong|info|bisa (tanya|bantu) apa( saja)?|kamu bisa apa|apa (saja )?yang bisa (kamu|anda) (bantu|jawab)|what can you do)$/;
const THANKS =
  /^(terima kasih|makasih|thanks|thank you|ok(e|ay)?|baik|siap|mantap|sip)( (ya|banyak|admin|kakak|bapak|ibu|infonya|informasinya|atas (info|informasi)nya))*$/;

/**
 * Step 3: greetings and requests for help get a short introduction with examples; thanks get a
 * short reply; everything else is a question for retrieval. Intent steps (forms, handoff) run
 * after this one and before retrieval.
 */
export const route: Step = async function route(ctx) {
  const text = ctx.normalized.replace(/[^\p{L}\p{N}\s/']/gu, "").trim();
  if (GREETING.test(text)) {
    ctx.route = "greeting";
    ctx.finish({ status: "answered", answer: canned("greeting", ctx.lang) });
  } else if (HELP.test(text)) {
    ctx.route = "help";
    ctx.finish({ status: "answered", answer: canned("help", ctx.lang) });
  } else if (THANKS.test(text)) {
    ctx.route = "thanks";
    ctx.finish({
      status: "answered",
      answer: ctx.lang === "en" ? "You're welcome! Anything else I can help with?" : "Sama-sama! Ada lagi yang bisa saya bantu?",
    });
  } else {
    ctx.route = "question";
  }
};
