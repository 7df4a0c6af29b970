import { WorkflowActies as WorkflowActies_f2d7f3f734af11cdd9a9220aef930dbb } from '../../../../cms/components/WorkflowActies'
import { NietInFormulier as NietInFormulier_3a9c4f58e13cafb98736e16b53866f66 } from '../../../../cms/components/shared/NietInFormulier'
import { ContractCel as ContractCel_79fcdef17eb1b3022f529ff9f0705d45 } from '../../../../cms/components/contracten/ContractCel'
import { FusieKnop as FusieKnop_a510d0a1e99ec0896d7bfa8fd6d4409b } from '../../../../cms/components/contracten/FusieKnop'
import { ContractenLink as ContractenLink_8f74957e1962f1fff5d0ddbd2fa48c5f } from '../../../../cms/components/contracten/ContractenLink'
import { DocumentTitel as DocumentTitel_eb993fa919b8a48f5b02dac35fc65efe } from '../../../../cms/components/DocumentTitel'
import { PublishButtonForEditors as PublishButtonForEditors_a4a88a65f75391752b7b3c73f83334ac } from '../../../../cms/components/PublishButtonForEditors'
import { WorkflowStatus as WorkflowStatus_caebb017da72be0a3a3f45f821777392 } from '../../../../cms/components/WorkflowStatus'
import { UnpublishButtonForEditors as UnpublishButtonForEditors_a4a88a65f75391752b7b3c73f83334ac } from '../../../../cms/components/PublishButtonForEditors'
import { GeschiedenisView as GeschiedenisView_c119a60d156d39f9374f38771eff2efb } from '../../../../cms/components/beoordelen/GeschiedenisView'
import { LocatieOverzicht as LocatieOverzicht_60cb3a4cb37140375f38cb6fe1d7e8e5 } from '../../../../cms/components/LocatieOverzicht'
import { AgbCodeKeuze as AgbCodeKeuze_8f1f88c298c89ddf1c18ab6f15f3cef1 } from '../../../../cms/components/AgbCodeKeuze'
import { VoorzieningKeuze as VoorzieningKeuze_eabb1e03e2d9b9c4a03777d08354ee9e } from '../../../../cms/components/VoorzieningKeuze'
import { VolledigeNaamVoorbeeld as VolledigeNaamVoorbeeld_cf29c5fd106166adffa85714be6efce9 } from '../../../../cms/components/VolledigeNaamVoorbeeld'
import { ZorgkaartKoppeling as ZorgkaartKoppeling_73d7c0c3f3fdf899979f57b5283dd385 } from '../../../../cms/components/ZorgkaartKoppeling'
import { WoonplaatsWaarschuwingen as WoonplaatsWaarschuwingen_a7187dcc05d71260ed9dbe59ac633018 } from '../../../../cms/components/WoonplaatsWaarschuwingen'
import { ZorgaanbodActies as ZorgaanbodActies_2c5f9c4dde009d8be81ae63377ce51f7 } from '../../../../cms/components/ZorgaanbodActies'
import { VerzoekLink as VerzoekLink_ffd886e81f8a4e5445ebe02a01d9d87e } from '../../../../cms/components/verzoeken/VerzoekLink'
import { WijzigingsverzoekOverzicht as WijzigingsverzoekOverzicht_463fdb2f123daba3df134935351b86d5 } from '../../../../cms/components/WijzigingsverzoekOverzicht'
import { NieuwVerzoekKnoppen as NieuwVerzoekKnoppen_badb033fa7003742a4ced0e496477399 } from '../../../../cms/components/verzoeken/NieuwVerzoekKnoppen'
import { MediaOrganisatie as MediaOrganisatie_81fd4029593d48b2d5881a8f74dc8c79 } from '../../../../cms/components/MediaOrganisatie'
import { VrijeCapaciteitUitleg as VrijeCapaciteitUitleg_5ae03780e6fe065c7311af9537b0118b } from '../../../../cms/components/PlekUitleg'
import { MeldingTitel as MeldingTitel_b1b8995b2b207a2463403f6813897fe8 } from '../../../../cms/components/MeldingTitel'
import { WachttijdUitleg as WachttijdUitleg_5ae03780e6fe065c7311af9537b0118b } from '../../../../cms/components/PlekUitleg'
import { HuidigWachtwoord as HuidigWachtwoord_f717f676211597366d9dd7ae48b19a58 } from '../../../../cms/components/HuidigWachtwoord'
import { ActiefVeld as ActiefVeld_52794f205a619a86120eb0c1ac496450 } from '../../../../cms/components/logins/ActiefVeld'
import { LoginVerwijderenVeld as LoginVerwijderenVeld_8219f8272af600fe5a443855d4f1e298 } from '../../../../cms/components/logins/LoginVerwijderen'
import { LoginVerwijderenCel as LoginVerwijderenCel_8219f8272af600fe5a443855d4f1e298 } from '../../../../cms/components/logins/LoginVerwijderen'
import { UitnodigenKnop as UitnodigenKnop_96b6c991adf7b45a938db6635ee9a157 } from '../../../../cms/components/logins/UitnodigenKnop'
import { ZorgatlasIcoon as ZorgatlasIcoon_3f02a62af851ecdd9f9c947cd1f5ebf6 } from '../../../../cms/components/Merk'
import { ZorgatlasLogo as ZorgatlasLogo_3f02a62af851ecdd9f9c947cd1f5ebf6 } from '../../../../cms/components/Merk'
import { TweestapsLink as TweestapsLink_7ad60cbf65f675ddee8daa67dc146bb2 } from '../../../../cms/components/tweestaps/TweestapsLink'
import { OveralUitloggen as OveralUitloggen_b42fb628701dc099e3ef4cead033fb6c } from '../../../../cms/components/OveralUitloggen'
import { InlogUitleg as InlogUitleg_fc6d58506003b3ee42efa67255b3d2df } from '../../../../cms/components/InlogUitleg'
import { TweedeStap as TweedeStap_9bda3792516c10c8e89fd4464ca8d3d1 } from '../../../../cms/components/tweestaps/TweedeStap'
import { WachtrijLink as WachtrijLink_b0d24221e66e2c4fd516ff42d71b37de } from '../../../../cms/components/beoordelen/WachtrijLink'
import { TakenLink as TakenLink_f4d9fd024091e26ca411582ce8f97d02 } from '../../../../cms/components/taken/TakenLink'
import { SessieBewaker as SessieBewaker_00215aad92a54d828f5d34afbd8ea195 } from '../../../../cms/components/SessieBewaker'
import { ToastVertaling as ToastVertaling_320ea51ce37b4ba5719b30e1c6a24af7 } from '../../../../cms/components/ToastVertaling'
import { ToegankelijkheidsHulp as ToegankelijkheidsHulp_325ef882faac46a4606f8401111fc367 } from '../../../../cms/components/ToegankelijkheidsHulp'
import { StartScherm as StartScherm_03694ec57fb8e294043a8332ad24e841 } from '../../../../cms/components/StartScherm'
import { WachtrijView as WachtrijView_f24c1829c3ac1e2bb768bd41c7c8973a } from '../../../../cms/components/beoordelen/WachtrijView'
import { ContractBeheerView as ContractBeheerView_b6744f84368fa38d4ad669cea2ade737 } from '../../../../cms/components/contracten/ContractBeheerView'
import { UitnodigenView as UitnodigenView_1e30bac48aabe8674c82b384ed84395a } from '../../../../cms/components/logins/UitnodigenView'
import { TweestapsView as TweestapsView_52367d68ec867e9245b2449baf16448c } from '../../../../cms/components/tweestaps/TweestapsView'
import { WachtwoordInstellenView as WachtwoordInstellenView_b2672c0e99a7c4583b53363e73cf2c29 } from '../../../../cms/components/logins/WachtwoordInstellenView'
import { UitnodigingView as UitnodigingView_bf8ede3a6ee1a19de7419caf047e5235 } from '../../../../cms/components/logins/UitnodigingView'
import { VerzoekView as VerzoekView_629744c59e6181d2433f36d1b406e3be } from '../../../../cms/components/verzoeken/VerzoekView'
import { BeoordelingView as BeoordelingView_aaee6ee3644794f89eb85ec4b4ffc542 } from '../../../../cms/components/beoordelen/BeoordelingView'
import { MislukteTakenView as MislukteTakenView_978e52643c5ff12984d1550eec3708f9 } from '../../../../cms/components/taken/MislukteTakenView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/cms/components/WorkflowActies#WorkflowActies": WorkflowActies_f2d7f3f734af11cdd9a9220aef930dbb,
  "/cms/components/shared/NietInFormulier#NietInFormulier": NietInFormulier_3a9c4f58e13cafb98736e16b53866f66,
  "/cms/components/contracten/ContractCel#ContractCel": ContractCel_79fcdef17eb1b3022f529ff9f0705d45,
  "/cms/components/contracten/FusieKnop#FusieKnop": FusieKnop_a510d0a1e99ec0896d7bfa8fd6d4409b,
  "/cms/components/contracten/ContractenLink#ContractenLink": ContractenLink_8f74957e1962f1fff5d0ddbd2fa48c5f,
  "/cms/components/DocumentTitel#DocumentTitel": DocumentTitel_eb993fa919b8a48f5b02dac35fc65efe,
  "/cms/components/PublishButtonForEditors#PublishButtonForEditors": PublishButtonForEditors_a4a88a65f75391752b7b3c73f83334ac,
  "/cms/components/WorkflowStatus#WorkflowStatus": WorkflowStatus_caebb017da72be0a3a3f45f821777392,
  "/cms/components/PublishButtonForEditors#UnpublishButtonForEditors": UnpublishButtonForEditors_a4a88a65f75391752b7b3c73f83334ac,
  "/cms/components/beoordelen/GeschiedenisView#GeschiedenisView": GeschiedenisView_c119a60d156d39f9374f38771eff2efb,
  "/cms/components/LocatieOverzicht#LocatieOverzicht": LocatieOverzicht_60cb3a4cb37140375f38cb6fe1d7e8e5,
  "/cms/components/AgbCodeKeuze#AgbCodeKeuze": AgbCodeKeuze_8f1f88c298c89ddf1c18ab6f15f3cef1,
  "/cms/components/VoorzieningKeuze#VoorzieningKeuze": VoorzieningKeuze_eabb1e03e2d9b9c4a03777d08354ee9e,
  "/cms/components/VolledigeNaamVoorbeeld#VolledigeNaamVoorbeeld": VolledigeNaamVoorbeeld_cf29c5fd106166adffa85714be6efce9,
  "/cms/components/ZorgkaartKoppeling#ZorgkaartKoppeling": ZorgkaartKoppeling_73d7c0c3f3fdf899979f57b5283dd385,
  "/cms/components/WoonplaatsWaarschuwingen#WoonplaatsWaarschuwingen": WoonplaatsWaarschuwingen_a7187dcc05d71260ed9dbe59ac633018,
  "/cms/components/ZorgaanbodActies#ZorgaanbodActies": ZorgaanbodActies_2c5f9c4dde009d8be81ae63377ce51f7,
  "/cms/components/verzoeken/VerzoekLink#VerzoekLink": VerzoekLink_ffd886e81f8a4e5445ebe02a01d9d87e,
  "/cms/components/WijzigingsverzoekOverzicht#WijzigingsverzoekOverzicht": WijzigingsverzoekOverzicht_463fdb2f123daba3df134935351b86d5,
  "/cms/components/verzoeken/NieuwVerzoekKnoppen#NieuwVerzoekKnoppen": NieuwVerzoekKnoppen_badb033fa7003742a4ced0e496477399,
  "/cms/components/MediaOrganisatie#MediaOrganisatie": MediaOrganisatie_81fd4029593d48b2d5881a8f74dc8c79,
  "/cms/components/PlekUitleg#VrijeCapaciteitUitleg": VrijeCapaciteitUitleg_5ae03780e6fe065c7311af9537b0118b,
  "/cms/components/MeldingTitel#MeldingTitel": MeldingTitel_b1b8995b2b207a2463403f6813897fe8,
  "/cms/components/PlekUitleg#WachttijdUitleg": WachttijdUitleg_5ae03780e6fe065c7311af9537b0118b,
  "/cms/components/HuidigWachtwoord#HuidigWachtwoord": HuidigWachtwoord_f717f676211597366d9dd7ae48b19a58,
  "/cms/components/logins/ActiefVeld#ActiefVeld": ActiefVeld_52794f205a619a86120eb0c1ac496450,
  "/cms/components/logins/LoginVerwijderen#LoginVerwijderenVeld": LoginVerwijderenVeld_8219f8272af600fe5a443855d4f1e298,
  "/cms/components/logins/LoginVerwijderen#LoginVerwijderenCel": LoginVerwijderenCel_8219f8272af600fe5a443855d4f1e298,
  "/cms/components/logins/UitnodigenKnop#UitnodigenKnop": UitnodigenKnop_96b6c991adf7b45a938db6635ee9a157,
  "/cms/components/Merk#ZorgatlasIcoon": ZorgatlasIcoon_3f02a62af851ecdd9f9c947cd1f5ebf6,
  "/cms/components/Merk#ZorgatlasLogo": ZorgatlasLogo_3f02a62af851ecdd9f9c947cd1f5ebf6,
  "/cms/components/tweestaps/TweestapsLink#TweestapsLink": TweestapsLink_7ad60cbf65f675ddee8daa67dc146bb2,
  "/cms/components/OveralUitloggen#OveralUitloggen": OveralUitloggen_b42fb628701dc099e3ef4cead033fb6c,
  "/cms/components/InlogUitleg#InlogUitleg": InlogUitleg_fc6d58506003b3ee42efa67255b3d2df,
  "/cms/components/tweestaps/TweedeStap#TweedeStap": TweedeStap_9bda3792516c10c8e89fd4464ca8d3d1,
  "/cms/components/beoordelen/WachtrijLink#WachtrijLink": WachtrijLink_b0d24221e66e2c4fd516ff42d71b37de,
  "/cms/components/taken/TakenLink#TakenLink": TakenLink_f4d9fd024091e26ca411582ce8f97d02,
  "/cms/components/SessieBewaker#SessieBewaker": SessieBewaker_00215aad92a54d828f5d34afbd8ea195,
  "/cms/components/ToastVertaling#ToastVertaling": ToastVertaling_320ea51ce37b4ba5719b30e1c6a24af7,
  "/cms/components/ToegankelijkheidsHulp#ToegankelijkheidsHulp": ToegankelijkheidsHulp_325ef882faac46a4606f8401111fc367,
  "/cms/components/StartScherm#StartScherm": StartScherm_03694ec57fb8e294043a8332ad24e841,
  "/cms/components/beoordelen/WachtrijView#WachtrijView": WachtrijView_f24c1829c3ac1e2bb768bd41c7c8973a,
  "/cms/components/contracten/ContractBeheerView#ContractBeheerView": ContractBeheerView_b6744f84368fa38d4ad669cea2ade737,
  "/cms/components/logins/UitnodigenView#UitnodigenView": UitnodigenView_1e30bac48aabe8674c82b384ed84395a,
  "/cms/components/tweestaps/TweestapsView#TweestapsView": TweestapsView_52367d68ec867e9245b2449baf16448c,
  "/cms/components/logins/WachtwoordInstellenView#WachtwoordInstellenView": WachtwoordInstellenView_b2672c0e99a7c4583b53363e73cf2c29,
  "/cms/components/logins/UitnodigingView#UitnodigingView": UitnodigingView_bf8ede3a6ee1a19de7419caf047e5235,
  "/cms/components/verzoeken/VerzoekView#VerzoekView": VerzoekView_629744c59e6181d2433f36d1b406e3be,
  "/cms/components/beoordelen/BeoordelingView#BeoordelingView": BeoordelingView_aaee6ee3644794f89eb85ec4b4ffc542,
  "/cms/components/taken/MislukteTakenView#MislukteTakenView": MislukteTakenView_978e52643c5ff12984d1550eec3708f9,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
