import type { ContentCategoryRules } from '../content/content-rules';

/** Selling live animals and animal parts; pet food, supplies, grooming, vets and adoption are allowed contexts. */
export const LIVE_ANIMALS_RULES: ContentCategoryRules = {
  id: 'live_animals',
  kind: 'PROHIBITED_CONTENT',
  label: 'Live animals',
  severity: 'high',
  regulated: false,
  terms: {
    en: [
      'puppy|puppies|kitten|kittens|parrot*|reptile*|ferret*|piglet* ~ sale|sell|selling|buy|available|deposit|reserve|litter',
      'live animals|birds|reptiles',
      'exotic pets|animals',
    ],
    ru: [
      'щенк*|щенок|щенят*|котят*|котенк*|котенок|попуга*|хорьк*|рептили* ~ прода*|купить|наличии|бронь|бронируйте',
      'живые животн*|птиц*',
      'экзотическ* животн*',
    ],
    uk: [
      'цуцен*|цуценя|цуценят*|кошен*|кошеня|папуг*|рептилі* ~ прода*|купити|наявності|бронюйте',
      'живі тварин*|птах*',
      'екзотичн* тварин*',
    ],
    pl: [
      'szczeni*|kociak*|kociąt*|kotk*|papug*|gad* ~ sprzeda*|sprzedam|kupi*|dostępne|rezerwacj*|hodowl*',
      'żywe zwierz*',
      'egzotyczn* zwierz*',
    ],
    pt: [
      'filhote*|gatinho*|papagaio*|calopsita*|réptil*|répteis ~ venda|vendo|vende*|comprar|disponíve*|reserva*',
      'animais vivos|exóticos',
    ],
    es: [
      'cachorro*|cachorrito*|gatito*|loro*|perico*|reptil*|perros|gatos ~ venta|vendo|vende*|comprar|disponible*|reserva*',
      'animales vivos|exóticos',
    ],
  },
  exceptions: {
    en: [
      'food|treat*|toy*|supplies|bed|beds|collar*|leash*|grooming|vet|vets|veterinary|adoption|adopt|shelter|training|insurance|cage*|kibble',
      'litter box',
      'cat litter',
    ],
    ru: ['корм*|лакомств*|игрушк*|лежанк*|ошейник*|поводк*|груминг*|ветеринар*|зоотовар*|наполнител*|клетк*'],
    uk: ['корм*|ласощ*|іграшк*|лежанк*|нашийник*|повідц*|грумінг*|ветеринар*|зоотовар*|наповнювач*|клітк*'],
    pl: ['karm*|przysmak*|zabawk*|legowisk*|obroż*|smycz*|pielęgnacj*|weterynar*|żwirk*|klatk*|adopcj*'],
    pt: ['ração|rações|petisco*|brinquedo*|caminha*|coleira*|guia*|tosa|veterinári*|gaiola*|adoção|areia|higiênic*'],
    es: [
      'pienso*|comida|premio*|juguete*|cama*|collar*|correa*|peluquería|veterinari*|jaula*|adopción|arena|accesorios',
    ],
  },
};
