/*
 * The player's own words (its play button, its toggles, its messages) in the
 * view's language. Everything else on the page is the server's finished text.
 */

const WORDS = {
  en: {
    title: "Your video",
    play: "Play the video",
    pause: "Pause",
    resume: "Play",
    captions: "Captions (CC)",
    unavailable: "This video is not available (any more).",
    failed: "That did not work. Please try again.",
    media: "The video cannot play here. The choices still work.",
    payment_failed: "The payment did not go through. You can try again.",
  },
  nl: {
    title: "Uw video",
    play: "Video afspelen",
    pause: "Pauzeren",
    resume: "Afspelen",
    captions: "Ondertiteling (CC)",
    unavailable: "Deze video is niet (meer) beschikbaar.",
    failed: "Dat lukte niet. Probeer het nog eens.",
    media: "De video kan hier niet spelen. De keuzes werken wel.",
    payment_failed: "Het betalen is niet gelukt. U kunt het nog eens proberen.",
  },
  de: {
    title: "Ihr Video",
    play: "Video abspielen",
    pause: "Pause",
    resume: "Abspielen",
    captions: "Untertitel (CC)",
    unavailable: "Dieses Video ist nicht (mehr) verfügbar.",
    failed: "Das hat nicht geklappt. Bitte versuchen Sie es noch einmal.",
    media: "Das Video kann hier nicht abgespielt werden. Die Auswahl funktioniert trotzdem.",
    payment_failed: "Die Zahlung hat nicht geklappt. Sie können es noch einmal versuchen.",
  },
  fr: {
    title: "Votre vidéo",
    play: "Lire la vidéo",
    pause: "Pause",
    resume: "Lecture",
    captions: "Sous-titres (CC)",
    unavailable: "Cette vidéo n’est pas (ou plus) disponible.",
    failed: "Cela n’a pas marché. Veuillez réessayer.",
    media: "La vidéo ne peut pas être lue ici. Les choix fonctionnent toujours.",
    payment_failed: "Le paiement n’a pas abouti. Vous pouvez réessayer.",
  },
  tr: {
    title: "Videonuz",
    play: "Videoyu oynat",
    pause: "Duraklat",
    resume: "Oynat",
    captions: "Altyazılar (CC)",
    unavailable: "Bu video (artık) mevcut değil.",
    failed: "Bu olmadı. Lütfen tekrar deneyin.",
    media: "Video burada oynatılamıyor. Seçenekler yine de çalışır.",
    payment_failed: "Ödeme gerçekleşmedi. Tekrar deneyebilirsiniz.",
  },
  pl: {
    title: "Twoje wideo",
    play: "Odtwórz wideo",
    pause: "Pauza",
    resume: "Odtwórz",
    captions: "Napisy (CC)",
    unavailable: "To wideo nie jest (już) dostępne.",
    failed: "Nie udało się. Spróbuj ponownie.",
    media: "Nie można tu odtworzyć wideo. Wybór nadal działa.",
    payment_failed: "Płatność się nie powiodła. Możesz spróbować ponownie.",
  },
  ar: {
    title: "الفيديو الخاص بك",
    play: "تشغيل الفيديو",
    pause: "إيقاف مؤقت",
    resume: "تشغيل",
    captions: "الترجمة (CC)",
    unavailable: "هذا الفيديو غير متاح (بعد الآن).",
    failed: "لم ينجح ذلك. يرجى المحاولة مرة أخرى.",
    media: "لا يمكن تشغيل الفيديو هنا. الخيارات لا تزال تعمل.",
    payment_failed: "لم تتم عملية الدفع. يمكنك المحاولة مرة أخرى.",
  },
};

export function wordsFor(language) {
  const base = String(language || "").toLowerCase().split("-")[0];
  return WORDS[base] || WORDS.en;
}
